# Semaphore(0) starts locked: acquire waits until someone releases, like a signal.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(0)

    async def waiter(name):
        await sem.acquire()
        print(f"{loop.time():.2f} {name} passed")

    tasks = [asyncio.create_task(waiter(n)) for n in ("w1", "w2", "w3")]
    for i in range(3):
        await asyncio.sleep(1)
        print(f"{loop.time():.2f} release")
        sem.release()
    await asyncio.gather(*tasks)

asyncio.run(main())
