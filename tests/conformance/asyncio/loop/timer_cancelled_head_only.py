# Below the purge threshold, cancelled timers are only dropped when they reach the head of the
# heap, so the live timers with equal deadlines keep the heap's original order.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    handles = [loop.call_at(10, fired.append, i) for i in range(20)]
    for i, h in enumerate(handles):
        if i % 3 != 0:
            h.cancel()
    await asyncio.sleep(11)
    print(len(fired), "fired")
    print(fired)

asyncio.run(main())
