# BoundedSemaphore refuses a release above its initial value; a plain Semaphore allows it.
import asyncio

async def main():
    plain = asyncio.Semaphore(1)
    plain.release()
    print("plain semaphore after extra release: locked =", plain.locked())
    for _ in range(2):
        await plain.acquire()
    print("two acquires succeeded; locked =", plain.locked())
    bounded = asyncio.BoundedSemaphore(2)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
