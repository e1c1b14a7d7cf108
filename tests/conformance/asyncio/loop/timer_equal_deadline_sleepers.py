# Twelve tasks started together all sleep(1): their timers share one deadline, so they wake in
# heapq order, not in the order they went to sleep.
import asyncio

async def sleeper(i, woke):
    await asyncio.sleep(1)
    woke.append(i)

async def main():
    woke = []
    tasks = [asyncio.create_task(sleeper(i, woke)) for i in range(12)]
    await asyncio.gather(*tasks)
    print(f"woke in order {woke}")
    print(f"time {asyncio.get_running_loop().time()}")

asyncio.run(main())
