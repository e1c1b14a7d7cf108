# wait() with the default ALL_COMPLETED returns (done, pending) sets once every task finished.
# Sets of tasks iterate in an arbitrary order, so sort them before printing.
import asyncio

async def long_task(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} done"

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(long_task(n, s), name=n) for n, s in (("A", 3), ("B", 1), ("C", 2))]
    done, pending = await asyncio.wait(tasks)
    print(f"{loop.time():.2f} done={len(done)} pending={len(pending)}")
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), t.result())

asyncio.run(main())
