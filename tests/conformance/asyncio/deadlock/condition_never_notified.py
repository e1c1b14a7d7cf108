# conformance: ignore-stderr
# A lost wake-up: the notify happens before the consumer starts waiting, so the consumer waits
# for a notification that already passed.
import asyncio

async def consumer(cond, box):
    await asyncio.sleep(1)
    async with cond:
        print("consumer starts waiting, box =", box)
        await cond.wait()
        print("never printed")

async def producer(cond, box):
    async with cond:
        box.append("item")
        cond.notify()
        print("producer notified (nobody was waiting)")

async def main():
    cond = asyncio.Condition()
    box = []
    await asyncio.gather(consumer(cond, box), producer(cond, box))

asyncio.run(main())
