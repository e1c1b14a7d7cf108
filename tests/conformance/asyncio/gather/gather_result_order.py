# gather returns results in argument order, not completion order.
import asyncio

async def fetch(name, delay):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.2f} start {name}")
    await asyncio.sleep(delay)
    print(f"{loop.time():.2f} finish {name}")
    return {"source": name, "delay": delay}

async def main():
    results = await asyncio.gather(fetch("API", 2), fetch("Database", 3), fetch("Cache", 1))
    for r in results:
        print(r)

asyncio.run(main())
