# Tasks created by other tasks run after everything already queued: the order of first steps
# follows the order of create_task calls across the whole program.
import asyncio

async def leaf(name):
    print("leaf", name)

async def spawner(name):
    print("spawner", name, "starts")
    asyncio.create_task(leaf(name + ".1"))
    asyncio.create_task(leaf(name + ".2"))
    await asyncio.sleep(0)
    print("spawner", name, "resumes")

async def main():
    asyncio.create_task(spawner("A"))
    asyncio.create_task(spawner("B"))
    await asyncio.sleep(0.1)

asyncio.run(main())
