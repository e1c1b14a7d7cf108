# time.sleep inside a coroutine blocks the whole event loop: no other task runs while it sleeps,
# and the timers that came due fire late.
import asyncio
import time

async def ticker():
    loop = asyncio.get_running_loop()
    for _ in range(4):
        await asyncio.sleep(0.5)
        print(f"{loop.time():.2f} tick")

async def blocker():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.25)
    print(f"{loop.time():.2f} blocker calls time.sleep(1)")
    time.sleep(1)
    print(f"{loop.time():.2f} blocker is back")

async def main():
    await asyncio.gather(ticker(), blocker())
    print(f"time.monotonic() = {time.monotonic():.2f}")

asyncio.run(main())
