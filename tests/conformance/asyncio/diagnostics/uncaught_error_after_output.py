# An exception escaping main ends asyncio.run with a traceback through the await chain and exit
# status 1; output printed before stays.
import asyncio

async def load(n):
    await asyncio.sleep(0.5)
    if n == 3:
        raise ConnectionResetError(f"connection {n} reset by peer")
    return n

async def main():
    for n in range(5):
        value = await load(n)
        print("loaded", value)

asyncio.run(main())
