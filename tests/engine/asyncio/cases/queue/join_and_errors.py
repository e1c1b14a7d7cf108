# task_done/join, QueueEmpty/QueueFull, the error texts, Queue[int].
import asyncio

async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(f"{name} did {item}")
        q.task_done()

async def main():
    q = asyncio.Queue()
    print("join on an empty queue returns at once:", await q.join())
    for d in (0.3, 0.1, 0.2, 0.1):
        q.put_nowait(d)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("joined at", asyncio.get_running_loop().time(), str(q))
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), issubclass(asyncio.QueueEmpty, Exception))
    f = asyncio.Queue(1)
    f.put_nowait(1)
    try:
        f.put_nowait(2)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), type(e).__module__)
    print(asyncio.Queue[int], asyncio.Queue.__module__)
    try:
        asyncio.Queue(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.Queue(maxsize=None).full()
    except TypeError as e:
        print("TypeError:", e)
    print(str(asyncio.Queue(maxsize=2.5)), asyncio.Queue(2.5).full())

asyncio.run(main())
