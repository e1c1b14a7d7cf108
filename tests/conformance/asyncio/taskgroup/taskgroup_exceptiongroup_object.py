# The ExceptionGroup raised by a TaskGroup: its message and the exceptions inside.
import asyncio

async def fail(n):
    await asyncio.sleep(n)
    raise RuntimeError(f"child {n}")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1))
            tg.create_task(fail(1))
            tg.create_task(asyncio.sleep(5))
    except ExceptionGroup as eg:
        print(type(eg).__name__, "|", eg.message, "|", str(eg))
        print([repr(e) for e in eg.exceptions])
        print(f"{asyncio.get_running_loop().time():.2f}")

asyncio.run(main())
