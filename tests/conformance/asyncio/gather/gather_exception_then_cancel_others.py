# The usual pattern after gather raised: cancel the children that are still running yourself.
import asyncio

async def worker(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ConnectionError(f"{name} lost the connection")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def main():
    tasks = [asyncio.create_task(worker(f"w{i}", i, fail=(i == 1))) for i in range(1, 4)]
    try:
        await asyncio.gather(*tasks)
    except ConnectionError as e:
        print("error:", e)
        for t in tasks:
            if not t.done():
                t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([repr(r) for r in results])

asyncio.run(main())
