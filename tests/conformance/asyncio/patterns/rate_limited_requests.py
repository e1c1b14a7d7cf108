# Semaphore-limited requests, each with its own wait_for timeout; one request is too slow.
import asyncio

async def request(i):
    await asyncio.sleep(3 if i == 2 else 1)
    return f"response {i}"

async def limited(i, sem):
    loop = asyncio.get_running_loop()
    async with sem:
        try:
            result = await asyncio.wait_for(request(i), timeout=2)
            print(f"{loop.time():.2f} {result}")
            return result
        except TimeoutError:
            print(f"{loop.time():.2f} request {i} timed out")
            return None

async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(limited(i, sem) for i in range(5)))
    print(results)

asyncio.run(main())
