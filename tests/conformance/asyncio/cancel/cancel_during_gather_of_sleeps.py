# Cancelling a task that awaits asyncio.sleep cancels the sleep's Future and its timer at once;
# the task sees CancelledError at the cancel time, not at the sleep's deadline.
import asyncio

async def napper(name, seconds):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(seconds)
        print(f"{loop.time():.2f} {name} woke normally")
    except asyncio.CancelledError:
        print(f"{loop.time():.2f} {name} cancelled")
        raise

async def main():
    tasks = [asyncio.create_task(napper(f"n{s}", s)) for s in (1, 2, 3)]
    await asyncio.sleep(1.5)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])

asyncio.run(main())
