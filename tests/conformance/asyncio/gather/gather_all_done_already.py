# gather over children that are all already done still completes through callbacks: the
# awaiting task resumes after a hop, not immediately.
import asyncio

async def quick(n):
    return n

async def bystander():
    print("bystander ran before gather returned")

async def main():
    tasks = [asyncio.create_task(quick(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("all done:", all(t.done() for t in tasks))
    asyncio.create_task(bystander())
    print(await asyncio.gather(*tasks))

asyncio.run(main())
