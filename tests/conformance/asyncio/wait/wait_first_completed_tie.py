# With FIRST_COMPLETED, every task that finished in the same pass as the first is in `done`.
import asyncio

async def job(n, delay):
    await asyncio.sleep(delay)
    return n

async def main():
    tasks = [asyncio.create_task(job(i, d), name=f"job{i}") for i, d in enumerate([2, 1, 1, 3])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("then done:", sorted(t.get_name() for t in done))
    await asyncio.wait(pending)

asyncio.run(main())
