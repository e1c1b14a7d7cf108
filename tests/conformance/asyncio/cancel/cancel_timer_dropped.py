# Cancelling a sleeping task cancels its timer, so the loop does not wait for it.
import asyncio

async def sleeper():
    await asyncio.sleep(100)

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(2)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    await asyncio.sleep(1)
    print(f"{loop.time():.2f} main done; the 100 s timer never fired")

asyncio.run(main())
print("run returned")
