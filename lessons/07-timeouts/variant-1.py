# Variant 1: the deadline is long enough. Both calls return the result, and
# no CancelledError is raised anywhere.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def slow_operation():
    log("working")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("cancelled, cleaning up")
        raise
    return "finished"


async def main():
    result = await asyncio.wait_for(slow_operation(), timeout=2)
    log(f"wait_for returned {result!r}")
    async with asyncio.timeout(2):
        result = await slow_operation()
    log(f"timeout() block returned {result!r}")


asyncio.run(main())
