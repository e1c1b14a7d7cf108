# task_done() more often than items were put is a ValueError; join() on a queue with no
# unfinished items returns at once.
import asyncio

async def main():
    q = asyncio.Queue()
    await q.join()
    print("join on a fresh queue returned at once")
    q.put_nowait("job")
    q.get_nowait()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
