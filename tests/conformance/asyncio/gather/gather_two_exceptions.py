# Only the first exception is raised by gather; a later failure stays in its child task.
import asyncio

async def fail(name, delay):
    await asyncio.sleep(delay)
    raise RuntimeError(name)

async def main():
    a = asyncio.create_task(fail("a", 2))
    b = asyncio.create_task(fail("b", 1))
    try:
        await asyncio.gather(a, b)
    except RuntimeError as e:
        print("gather raised", repr(e))
    await asyncio.sleep(2)
    print("a:", repr(a.exception()), "b:", repr(b.exception()))

asyncio.run(main())
