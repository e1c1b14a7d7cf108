# PriorityQueue pops in heapq order — equal priorities do not come out first-in-first-out —
# and str() shows the heap's list order; LifoQueue pops the newest item.
import asyncio

class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f"{self.name}:{self.prio}"

async def main():
    pq = asyncio.PriorityQueue()
    for i, p in enumerate([2, 1, 2, 1, 1, 2, 1, 2, 1, 1, 2, 2]):
        pq.put_nowait(Job(p, f"j{i}"))
    print(str(pq))
    print([pq.get_nowait() for _ in range(pq.qsize())])

    t = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A"), (0, "z")]:
        await t.put(item)
    print(str(t))
    while not t.empty():
        print(await t.get())

    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print(str(lq), [lq.get_nowait() for _ in range(4)])

    bad = asyncio.PriorityQueue()
    bad.put_nowait({"a": 1})
    try:
        bad.put_nowait({"b": 2})
    except TypeError as e:
        print("TypeError:", e, bad.qsize())

asyncio.run(main())
