# all_tasks() returns the unfinished tasks of the running loop (a set: sort before printing).
import asyncio

async def sleeper(d):
    await asyncio.sleep(d)

async def main():
    tasks = [asyncio.create_task(sleeper(d), name=f"sleep-{d}") for d in (1, 2, 3)]
    for t in range(4):
        names = sorted(task.get_name() for task in asyncio.all_tasks())
        print(f"t={t}: {names}")
        await asyncio.sleep(1)
    await asyncio.gather(*tasks)

asyncio.run(main())
