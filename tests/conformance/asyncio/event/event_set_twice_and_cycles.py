# An Event can be set, cleared and set again; set() on a set Event does nothing.
import asyncio

async def watcher(event):
    loop = asyncio.get_running_loop()
    for i in range(3):
        await event.wait()
        print(f"{loop.time():.2f} round {i}: event seen")
        event.clear()

async def main():
    event = asyncio.Event()
    w = asyncio.create_task(watcher(event))
    for delay in (1, 1, 1):
        await asyncio.sleep(delay)
        event.set()
        event.set()
    await w

asyncio.run(main())
