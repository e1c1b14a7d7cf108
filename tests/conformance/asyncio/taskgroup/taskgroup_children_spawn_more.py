# Children may add more tasks to the group while it runs; the block waits for all of them.
import asyncio

async def spawner(tg, depth):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    print(f"{loop.time():.2f} depth {depth}")
    if depth < 3:
        tg.create_task(spawner(tg, depth + 1))
        tg.create_task(spawner(tg, depth + 1))

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 1))
    print(f"{loop.time():.2f} all spawned tasks finished")

asyncio.run(main())
