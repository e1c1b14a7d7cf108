# Waiters acquire the lock in the order they asked for it.
import asyncio

async def worker(i, lock, order):
    await asyncio.sleep(i * 0.1)
    async with lock:
        order.append(i)
        await asyncio.sleep(1)

async def main():
    lock = asyncio.Lock()
    order = []
    await asyncio.gather(*(worker(i, lock, order) for i in (3, 1, 4, 0, 2)))
    print("acquired in order:", order)
    print(f"{asyncio.get_running_loop().time():.2f}")

asyncio.run(main())
