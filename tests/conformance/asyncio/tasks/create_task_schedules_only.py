# create_task only schedules the first step: the creator keeps running until it suspends.
import asyncio

async def child(name):
    print(f"{name} first step")
    await asyncio.sleep(0)
    print(f"{name} second step")

async def main():
    t1 = asyncio.create_task(child("child-1"))
    print("created child-1, done =", t1.done())
    t2 = asyncio.create_task(child("child-2"))
    print("created child-2; main keeps running")
    for i in range(3):
        print("main busy", i)
    print("main suspends now")
    await asyncio.sleep(0)
    print("main resumed")
    await t1
    await t2
    print("all done")

asyncio.run(main())
