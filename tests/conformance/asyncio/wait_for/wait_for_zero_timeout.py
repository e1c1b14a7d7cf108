# timeout <= 0: a finished future gives its result; otherwise the inner task is cancelled at once
# and TimeoutError is raised without any waiting.
import asyncio

async def instant():
    return "instant"

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("ready")
    print(await asyncio.wait_for(fut, timeout=0))
    try:
        print(await asyncio.wait_for(instant(), timeout=0))
    except TimeoutError:
        print("instant() timed out: its task had not run yet")
    try:
        await asyncio.wait_for(slow(), timeout=-1)
    except TimeoutError:
        print(f"{loop.time():.2f} slow() timed out")

asyncio.run(main())
