# Variant 3: a timeout instead of FIRST_COMPLETED. After 1 second wait()
# returns whatever is done; nothing is cancelled for you.
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
    done, pending = await asyncio.wait(tasks, timeout=1.0)
    log(f"{len(done)} done, {len(pending)} pending")
    for t in tasks:
        if t in pending:
            t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    log("cleanup complete")


asyncio.run(main())
