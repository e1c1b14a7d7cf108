# Worker threads sleep on the loop's clock: their prints land between the loop's timers in
# time order; equal wake times keep submission order; results come back through futures.
import asyncio
import time

def job(name, naps):
    for nap in naps:
        time.sleep(nap)
        print(f"{time.monotonic():.2f} {name} woke")
    return name.upper()

async def ticker():
    for _ in range(4):
        await asyncio.sleep(0.5)
        print(f"{asyncio.get_running_loop().time():.2f} tick")

async def main():
    t = asyncio.create_task(ticker())
    results = await asyncio.gather(
        asyncio.to_thread(job, "x", [0.75, 0.5]),
        asyncio.to_thread(job, "y", [1.25]),
        asyncio.to_thread(job, "z", [0.25, 1.0]),
    )
    print(f"{asyncio.get_running_loop().time():.2f}", results)
    await t

asyncio.run(main())
