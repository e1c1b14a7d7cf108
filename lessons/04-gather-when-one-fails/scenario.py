# When one awaitable fails, gather raises its exception at once, but it does
# NOT cancel the others: they keep running in the background.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def job(delay, fail=False):
    log("start")
    await asyncio.sleep(delay)
    if fail:
        log("raising ValueError")
        raise ValueError("job b failed")
    log("finished")
    return "ok"


async def main():
    a = asyncio.create_task(job(1), name="a")
    b = asyncio.create_task(job(2, fail=True), name="b")
    c = asyncio.create_task(job(3), name="c")
    try:
        await asyncio.gather(a, b, c)
    except ValueError as e:
        log(f"gather raised {e!r}")
    log(f"is c cancelled? {c.cancelled()}")
    await asyncio.sleep(2)
    log(f"c.result() = {c.result()!r}")


asyncio.run(main())
