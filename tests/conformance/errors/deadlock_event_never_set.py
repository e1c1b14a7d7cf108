# conformance: ignore-stderr
# A task waits for an Event that nothing will ever set: CPython hangs, awaitlab reports a deadlock.
import asyncio
async def waiter(event):
    print("waiting for the go signal")
    await event.wait()
    print("never printed")
async def main():
    go = asyncio.Event()
    task = asyncio.create_task(waiter(go))
    await asyncio.sleep(1)
    print("main forgot to call go.set()")
    await task
asyncio.run(main())
