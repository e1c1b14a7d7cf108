# An asyncio.Lock has no owner: another task may release it.
import asyncio

async def main():
    lock = asyncio.Lock()
    await lock.acquire()

    async def releaser():
        await asyncio.sleep(1)
        print("releaser releases a lock it never acquired")
        lock.release()

    r = asyncio.create_task(releaser())
    await lock.acquire()
    print(f"{asyncio.get_running_loop().time():.2f} main acquired it again")
    lock.release()
    await r

asyncio.run(main())
