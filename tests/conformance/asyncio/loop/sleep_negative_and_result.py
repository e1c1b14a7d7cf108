# sleep(delay, result) returns result; a negative or zero delay just yields once.
import asyncio

async def other():
    print("other runs")

async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(other())
    value = await asyncio.sleep(-5, result="negative")
    print(f"{loop.time():.2f} {value}")
    value = await asyncio.sleep(0.25, result={"k": 1})
    print(f"{loop.time():.2f} {value}")
    value = await asyncio.sleep(0)
    print(f"{loop.time():.2f} {value}")

asyncio.run(main())
