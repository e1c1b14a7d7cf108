# A call_at whose deadline already passed fires in the next pass; the clock does not move back.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(5)
    loop.call_at(1, lambda: print(f"{loop.time():.2f} late timer (deadline 1)"))
    loop.call_at(3, lambda: print(f"{loop.time():.2f} late timer (deadline 3)"))
    loop.call_soon(lambda: print(f"{loop.time():.2f} call_soon"))
    print(f"{loop.time():.2f} scheduled")
    await asyncio.sleep(0)
    print(f"{loop.time():.2f} main after one pass")
    await asyncio.sleep(0)
    print(f"{loop.time():.2f} main after two passes")

asyncio.run(main())
