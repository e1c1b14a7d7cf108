# release() wakes the first waiter without handing the lock over; the releaser cannot take it
# back at once because a waiter that is not cancelled is queued; acquire returns True.
import asyncio

async def holder(lock):
    print("holder acquire ->", await lock.acquire())
    await asyncio.sleep(0.1)
    lock.release()
    print("holder released; locked:", lock.locked())
    task = asyncio.current_task()
    print("holder re-acquires")
    await lock.acquire()
    print("holder has it again; locked:", lock.locked())
    lock.release()

async def waiter(lock):
    print("waiter waits")
    print("waiter acquire ->", await lock.acquire())
    print("waiter runs")
    await asyncio.sleep(0)
    lock.release()
    print("waiter released")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(holder(lock), waiter(lock))

asyncio.run(main())
