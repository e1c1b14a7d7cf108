# A task cancelled inside an asynccontextmanager block: the generator sees CancelledError at its
# yield and its finally still runs.
import asyncio
import contextlib

@contextlib.asynccontextmanager
async def connection(name):
    print(f"open {name}")
    try:
        yield name
    except asyncio.CancelledError:
        print(f"{name}: cancelled inside the block")
        raise
    finally:
        print(f"close {name}")

async def user():
    async with connection("db") as conn:
        await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(user())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())

asyncio.run(main())
