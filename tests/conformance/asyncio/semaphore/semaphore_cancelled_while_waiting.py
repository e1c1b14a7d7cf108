# A waiter cancelled before being woken just leaves the queue; the value is unchanged.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(2)

    async def user(name, hold):
        try:
            async with sem:
                print(f"{loop.time():.2f} {name} in")
                await asyncio.sleep(hold)
        except asyncio.CancelledError:
            print(f"{loop.time():.2f} {name} cancelled while waiting")
            raise

    tasks = [asyncio.create_task(user(n, 2)) for n in ("a", "b", "c", "d")]
    await asyncio.sleep(1)
    tasks[2].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(f"{loop.time():.2f} locked:", sem.locked())

asyncio.run(main())
