# Releasing a lock that is not held is a RuntimeError.
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("acquire ->", await lock.acquire())
    lock.release()
    print("locked:", lock.locked())

asyncio.run(main())
