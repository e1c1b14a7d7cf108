# Several tasks awaiting one Future wake in the order they started waiting, one hop each.
import asyncio

async def waiter(name, fut):
    print(f"{name} waits")
    value = await fut
    print(f"{name} woke with {value}")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(n, fut)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(1)
    print("setting the result")
    fut.set_result(99)
    await asyncio.gather(*tasks)

asyncio.run(main())
