# A worker's exception reaches the awaiting task; wait_for cancels the awaiting future but the
# thread runs to its end; a lambda and a builtin run as well.
import asyncio
import time

def slow(seconds):
    time.sleep(seconds)
    print(f"{time.monotonic():.2f} slow({seconds}) finished anyway")
    return seconds

def fail():
    raise KeyError("missing")

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, lambda: "lambda ran"))
    try:
        await loop.run_in_executor(None, fail)
    except KeyError as e:
        print("KeyError from the worker:", e)
    try:
        await asyncio.wait_for(asyncio.to_thread(slow, 2), timeout=0.5)
    except asyncio.TimeoutError:
        print(f"{loop.time():.2f} timed out")
    await asyncio.sleep(3)
    print(f"{loop.time():.2f} main done")
    fut = loop.run_in_executor(None, sum, [1, 2, 3])
    print(type(fut).__name__, fut.done(), await fut)

asyncio.run(main())
