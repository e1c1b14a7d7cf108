# Variant 2: the same connection written with contextlib.asynccontextmanager.
# The code before yield is __aenter__, the finally block is __aexit__.
import asyncio
import contextlib


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


@contextlib.asynccontextmanager
async def Connection():
    log("connecting")
    await asyncio.sleep(0.1)
    outcome = "success"
    try:
        yield
    except Exception as e:
        outcome = type(e).__name__
        raise
    finally:
        log(f"closing after {outcome}")
        await asyncio.sleep(0.1)
        log("closed")


async def report():
    async with Connection():
        log("querying")
        await asyncio.sleep(0.5)
    log("report done")


async def broken():
    async with Connection():
        log("sending a bad query")
        raise ValueError("syntax error in query")


async def main():
    tasks = [asyncio.create_task(report(), name="report"),
             asyncio.create_task(broken(), name="broken")]
    for result in await asyncio.gather(*tasks, return_exceptions=True):
        log(f"result: {result!r}")


asyncio.run(main())
