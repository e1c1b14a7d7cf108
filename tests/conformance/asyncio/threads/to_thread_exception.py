# An exception raised in the worker thread is raised from the await.
import asyncio
import time

def flaky(x):
    time.sleep(0.25)
    if x < 0:
        raise ValueError(f"negative input {x}")
    return x * 2

async def main():
    print(await asyncio.to_thread(flaky, 21))
    try:
        await asyncio.to_thread(flaky, -1)
    except ValueError as e:
        print("ValueError from thread:", e)

asyncio.run(main())
