# @contextlib.asynccontextmanager: code before yield is __aenter__, the finally is __aexit__.
import asyncio
import contextlib

@contextlib.asynccontextmanager
async def async_timer(name):
    print(f"[{name}] start")
    start = asyncio.get_event_loop().time()
    try:
        yield name
    finally:
        elapsed = asyncio.get_event_loop().time() - start
        print(f"[{name}] took {elapsed:.2f}s")

async def main():
    async with async_timer("task A") as label:
        print("inside", label)
        await asyncio.sleep(1)
    async with async_timer("task B"):
        await asyncio.sleep(0.5)
    try:
        async with async_timer("task C"):
            await asyncio.sleep(0.25)
            raise RuntimeError("failed inside")
    except RuntimeError as e:
        print("caught", e)

asyncio.run(main())
