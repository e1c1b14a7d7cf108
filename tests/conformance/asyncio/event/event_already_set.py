# wait() on a set Event returns True at once, without suspending.
import asyncio

async def bystander():
    print("bystander ran")

async def main():
    event = asyncio.Event()
    event.set()
    asyncio.create_task(bystander())
    print("wait ->", await event.wait())
    print("no suspension so far")
    await asyncio.sleep(0)

asyncio.run(main())
