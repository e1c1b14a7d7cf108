# get() is not a hand-off: a woken getter retries and can lose the item to a task that ran
# first, then waits again at the back of the line; str() shows the queue's state.
import asyncio

async def getter(name, q):
    item = await q.get()
    print(name, "got", item)

async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter("g1", q))
    g2 = asyncio.create_task(getter("g2", q))
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait("first")        # wakes g1
    print("main steals", q.get_nowait())
    print(str(q))
    await asyncio.sleep(0)       # g1 runs, finds nothing, waits again behind g2
    print(str(q))
    q.put_nowait("second")       # wakes g2
    q.put_nowait("third")        # wakes g1
    await asyncio.gather(g1, g2)
    print(str(q))
    q.task_done(); q.task_done(); q.task_done()
    print(str(q))

asyncio.run(main())
