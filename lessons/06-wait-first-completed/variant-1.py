# Variant 1: no cleanup. main sleeps on, and the "losers" finish anyway:
# their work was wasted, and nobody reads their results.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def query(source, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log("cancelled")
        raise
    log("answered")
    return f"result from {source}"


async def main():
    sources = {"main-db": 2.0, "mirror": 0.5, "replica": 0.8}
    tasks = [asyncio.create_task(query(s, d), name=s) for s, d in sources.items()]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    log(f"first: {done.pop().result()}")
    await asyncio.sleep(3)
    log("main ends")


asyncio.run(main())
