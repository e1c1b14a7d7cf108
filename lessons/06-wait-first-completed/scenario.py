# wait(FIRST_COMPLETED) returns as soon as one task is done. The others are
# still running: cancel them and wait for them to finish.
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
    log(f"{len(done)} done, {len(pending)} pending")
    log(f"first: {done.pop().result()}")
    for t in tasks:  # done and pending are sets: take the order from the list
        if t in pending:
            t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    log("cleanup complete")


asyncio.run(main())
