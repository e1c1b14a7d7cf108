# The asyncio primitives are async context managers: the slot is released even when the body
# raises.
import asyncio

async def main():
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(1)
    try:
        async with lock, sem:
            print("inside: lock", lock.locked(), "sem", sem.locked())
            raise ValueError("boom")
    except ValueError:
        print("after error: lock", lock.locked(), "sem", sem.locked())

asyncio.run(main())
