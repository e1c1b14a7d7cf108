# asyncio.run shuts the default executor down after main: a thread job that main did not await
# still finishes first.
import asyncio
import time

def job():
    time.sleep(2)
    print(f"{time.monotonic():.2f} thread job finished")

async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, job)
    await asyncio.sleep(0.5)
    print(f"{loop.time():.2f} main returns")

asyncio.run(main())
print(f"{time.monotonic():.2f} after asyncio.run")
