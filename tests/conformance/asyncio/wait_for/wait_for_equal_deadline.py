# Inner work that ends exactly at the timeout: wait_for's timeout timer was scheduled first, so
# it fires first in the same pass; the inner task is cancelled although its sleep is over, and
# wait_for raises TimeoutError.
import asyncio

async def work():
    try:
        await asyncio.sleep(1)
        print("work: sleep finished")
        return "work result"
    except asyncio.CancelledError:
        print("work: cancelled after its sleep was already over")
        raise

async def main():
    loop = asyncio.get_running_loop()
    try:
        print(await asyncio.wait_for(work(), timeout=1))
    except TimeoutError:
        print(f"{loop.time():.2f} TimeoutError")

asyncio.run(main())
