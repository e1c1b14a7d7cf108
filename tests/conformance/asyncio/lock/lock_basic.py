# async with lock serialises the critical sections; locked() reports the state.
import asyncio

async def worker(name, lock):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.2f} {name} wants the lock")
    async with lock:
        print(f"{loop.time():.2f} {name} holds the lock")
        await asyncio.sleep(1)
    print(f"{loop.time():.2f} {name} released it")

async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    await asyncio.gather(worker("a", lock), worker("b", lock), worker("c", lock))
    print("locked:", lock.locked())

asyncio.run(main())
