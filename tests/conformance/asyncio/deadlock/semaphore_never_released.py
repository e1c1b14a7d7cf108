# conformance: ignore-stderr
# A worker acquires the semaphore without releasing it (no async with); the other workers wait
# forever.
import asyncio

async def worker(name, sem):
    await sem.acquire()
    print(f"{name} acquired and forgets to release")
    await asyncio.sleep(0.5)
    print(f"{name} finished")

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(f"w{i}", sem) for i in range(4)))

asyncio.run(main())
