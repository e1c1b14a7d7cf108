# FIRST_COMPLETED returns as soon as one task finishes; the rest keep running and should be
# cleaned up.
import asyncio

async def query_source(name, delay):
    await asyncio.sleep(delay)
    return f"Result from {name}"

async def main():
    loop = asyncio.get_running_loop()
    tasks = [
        asyncio.create_task(query_source("Fast Mirror", 0.5)),
        asyncio.create_task(query_source("Slow Main DB", 2.0)),
        asyncio.create_task(query_source("Geographic Replica", 0.8)),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(f"{loop.time():.2f} got first result: {done.pop().result()}")
    print(f"cancelling {len(pending)} pending tasks")
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print(f"{loop.time():.2f} cleanup complete:", [t.cancelled() for t in tasks])

asyncio.run(main())
