# The first exception of a gather child propagates out of asyncio.run: the traceback shows the
# child's frames below main's await.
import asyncio

async def step(name, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise TimeoutError(f"{name} took too long")
    print(name, "ok")

async def main():
    await asyncio.gather(step("a", 1, False), step("b", 2, True), step("c", 3, False))

asyncio.run(main())
