# Variant 2: the operation swallows CancelledError and returns a value.
# wait_for then returns that value: no TimeoutError at all. Never swallow
# cancellation unless you mean it.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def slow_operation():
    log("working")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("cancelled, but returning a value anyway")
        return "partial result"
    return "finished"


async def main():
    try:
        result = await asyncio.wait_for(slow_operation(), timeout=2)
        log(f"wait_for returned {result!r}")
    except TimeoutError:
        log("wait_for: timed out")


asyncio.run(main())
