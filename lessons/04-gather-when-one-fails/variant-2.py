# Variant 2: main returns right after the error.
# Now c IS cancelled - not by gather, but by asyncio.run, which cancels every
# task still running when main returns.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def job(delay, fail=False):
    log("start")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log("cancelled")
        raise
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
        log(f"gather raised {e!r}; main returns")


asyncio.run(main())
