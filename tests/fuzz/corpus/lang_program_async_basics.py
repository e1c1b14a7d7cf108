# A small program in the tutorials' style: create_task, gather and timing on the virtual clock.
import asyncio
import time
async def my_background_work():
    print("Starting background work...")
    await asyncio.sleep(2)
    print("Background work finished.")
    return "Success"
async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} ({delay}s)"
async def main():
    print("Main function started.")
    task = asyncio.create_task(my_background_work())
    print("Task created. Main function continues to run.")
    await asyncio.sleep(1)
    print("Main function did some other work.")
    result = await task
    print(f"Task completed with result: {result}")
    start = time.time()
    results = await asyncio.gather(fetch("a", 1.5), fetch("b", 0.5), fetch("c", 1))
    print(results)
    print(f"Concurrent execution took {time.time() - start:.2f} seconds")
asyncio.run(main())
