# The repr of a Timeout shows its state and deadline.
import asyncio

async def main():
    cm = asyncio.timeout(2)
    print(repr(cm))
    async with cm:
        print(repr(cm))
    print(repr(cm))
    cm2 = asyncio.timeout(0.5)
    try:
        async with cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(cm2))

asyncio.run(main())
