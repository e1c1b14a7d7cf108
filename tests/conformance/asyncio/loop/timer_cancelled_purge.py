# When more than 100 timers are scheduled and more than half of them are cancelled, run_once
# rebuilds the heap from the live timers (heapify), which changes the order of equal deadlines.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    handles = [loop.call_at(10, fired.append, i) for i in range(150)]
    for i, h in enumerate(handles):
        if i % 3 != 0:
            h.cancel()
    await asyncio.sleep(11)
    print(len(fired), "fired")
    print(fired)

asyncio.run(main())
