import asyncio
import time


async def worker(name, seconds):
    try:
        await asyncio.sleep(seconds)
        return name
    except asyncio.CancelledError:
        print(f"{name} was cancelled")
        raise
    finally:
        print(f"{name} cleanup")


async def main():
    tasks = {asyncio.create_task(worker(n, s), name=n)
             for n, s in [("fast", 0.1), ("slow", 1.0)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for t in done:
        print("done:", t.get_name(), t.result())
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)

    try:
        async with asyncio.timeout(0.2):
            await worker("timed", 5)
    except TimeoutError:
        print("timed out")

    try:
        await asyncio.wait_for(worker("wait_for", 5), timeout=0.1)
    except asyncio.TimeoutError:
        print("wait_for timed out")

    for coro in asyncio.as_completed([worker("x", 0.2), worker("y", 0.1)]):
        print(await coro)

    start = time.perf_counter()
    results = await asyncio.gather(*(worker(f"w{i}", 0.01 * i) for i in range(5)))
    print(results, f"{time.perf_counter() - start:.2f}s")


asyncio.run(main())
