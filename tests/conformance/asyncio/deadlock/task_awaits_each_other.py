# conformance: ignore-stderr
# Two tasks awaiting each other: neither can finish first.
import asyncio

async def first(box):
    await asyncio.sleep(0.1)
    print("first awaits second")
    await box["second"]

async def second(box):
    await asyncio.sleep(0.2)
    print("second awaits first")
    await box["first"]

async def main():
    box = {}
    box["first"] = asyncio.create_task(first(box))
    box["second"] = asyncio.create_task(second(box))
    await asyncio.gather(box["first"], box["second"])

asyncio.run(main())
