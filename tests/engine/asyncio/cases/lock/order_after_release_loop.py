# Contention: ten tasks increment a counter under the lock with a yield inside; the order in
# which they get the lock is the order they asked for it.
import asyncio

counter = 0

async def inc(i, lock, order):
    global counter
    for _ in range(3):
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
            order.append(i)

async def main():
    lock = asyncio.Lock()
    order = []
    await asyncio.gather(*(inc(i, lock, order) for i in range(10)))
    print(counter)
    print(order)

asyncio.run(main())
