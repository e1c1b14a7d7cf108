# async with calls an awaitable __aenter__ and __aexit__: setting up and
# tearing down may wait, and __aexit__ runs even when the block raises.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


class Connection:
    async def __aenter__(self):
        log("connecting")
        await asyncio.sleep(0.1)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        log(f"closing after {exc_type.__name__ if exc_type else 'success'}")
        await asyncio.sleep(0.1)
        log("closed")
        return False  # False: let the exception propagate


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
