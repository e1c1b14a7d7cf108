# Several releases in one step wake that many waiters, in FIFO order; each wake takes a slot at
# wake time.
import asyncio

async def main():
    sem = asyncio.Semaphore(0)
    order = []

    async def waiter(i):
        await sem.acquire()
        order.append(i)

    tasks = [asyncio.create_task(waiter(i)) for i in range(5)]
    await asyncio.sleep(0)
    for _ in range(3):
        sem.release()
    print("after 3 releases, locked =", sem.locked())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("woken:", order)
    sem.release()
    sem.release()
    await asyncio.gather(*tasks)
    print("woken:", order)

asyncio.run(main())
