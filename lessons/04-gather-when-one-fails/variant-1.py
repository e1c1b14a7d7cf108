# Variant 1: return_exceptions=True.
# gather waits for everything and puts the exception in the result list.
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
    results = await asyncio.gather(a, b, c, return_exceptions=True)
    log(f"results: {results!r}")


asyncio.run(main())
