# sleep(0) yields exactly once: three tasks looping over sleep(0) take turns in creation order
# and the clock never moves.
import asyncio

async def spinner(name, turns):
    loop = asyncio.get_running_loop()
    for i in range(turns):
        print(f"{loop.time():.2f} {name} turn {i}")
        await asyncio.sleep(0)

async def main():
    tasks = [asyncio.create_task(spinner(n, t)) for n, t in [("a", 3), ("b", 2), ("c", 4)]]
    await asyncio.gather(*tasks)
    print("done")

asyncio.run(main())
