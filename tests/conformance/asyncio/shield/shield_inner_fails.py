# An exception in the shielded task comes out of the shield as usual.
import asyncio

async def fragile():
    await asyncio.sleep(1)
    raise ValueError("inner failure")

async def main():
    try:
        await asyncio.shield(fragile())
    except ValueError as e:
        print("shield raised", repr(e))

asyncio.run(main())
