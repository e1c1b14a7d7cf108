# Two ways to give up after a deadline: wait_for() runs the coroutine in a new
# task; asyncio.timeout() cancels the current task in place.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def slow_operation():
    log("working")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("cancelled, cleaning up")
        raise
    return "finished"


async def main():
    try:
        await asyncio.wait_for(slow_operation(), timeout=2)
    except TimeoutError:
        log("wait_for: timed out")
    try:
        async with asyncio.timeout(1):
            await slow_operation()
    except TimeoutError:
        log("timeout(): timed out")
    log(f"TimeoutError is asyncio.TimeoutError: {TimeoutError is asyncio.TimeoutError}")
    log(f"subclass of CancelledError: {issubclass(TimeoutError, asyncio.CancelledError)}")


asyncio.run(main())
