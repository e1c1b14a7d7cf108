# conformance: ignore-stderr
# The tutorial's producer/consumer (seed 000, shortened to four items; the full program is
# seeds/seed000_producer_consumer_deadlock.py): one None sentinel for two consumers. The first
# consumer to get it stops; the other waits in queue.get() forever, so gather never returns.
# CPython hangs; awaitlab reports the deadlock.
import asyncio

async def producer(queue):
    for i in range(4):
        await queue.put(i)
        print(f"produce: {i}")
        await asyncio.sleep(0.1)
    await queue.put(None)

async def consumer(queue, name):
    while True:
        item = await queue.get()
        if item is None:
            break
        print(f"[{name}] consume: {item}")
        await asyncio.sleep(0.2)
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    await asyncio.gather(
        producer(queue),
        consumer(queue, "consumer1"),
        consumer(queue, "consumer2"),
    )

asyncio.run(main())
