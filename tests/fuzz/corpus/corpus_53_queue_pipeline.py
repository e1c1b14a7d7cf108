import asyncio
import random


async def producer(queue: asyncio.Queue, n: int) -> None:
    for i in range(n):
        item = random.randint(1, 10)
        await queue.put((i, item))
        print(f"produced {i}: {item}")
    await queue.join()


async def consumer(name: str, queue: asyncio.Queue) -> None:
    while True:
        i, item = await queue.get()
        try:
            await asyncio.sleep(item / 100)
            print(f"{name} consumed {i}")
        finally:
            queue.task_done()


async def to_thread_demo() -> str:
    def blocking(x):
        return x * 2
    value = await asyncio.to_thread(blocking, 21)
    loop = asyncio.get_running_loop()
    other = await loop.run_in_executor(None, blocking, 1)
    return f"{value=} {other=}"


async def main():
    random.seed(42)
    queue: asyncio.Queue[tuple[int, int]] = asyncio.Queue(maxsize=3)
    consumers = [asyncio.create_task(consumer(f"c{k}", queue)) for k in range(2)]
    await producer(queue, 6)
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print(await to_thread_demo())


asyncio.run(main())
