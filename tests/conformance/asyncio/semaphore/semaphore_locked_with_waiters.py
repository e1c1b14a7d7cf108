# 3.11: locked() is True when the value is 0 or when a waiter that is not cancelled is queued,
# even if the value is above 0; a newcomer then queues behind that waiter.
import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    log = []

    async def user(name, hold):
        async with sem:
            log.append(f"{name} in")
            print(f"{name} acquired")
            await asyncio.sleep(hold)
        print(f"{name} released")

    await sem.acquire()
    print("main holds the slot; locked =", sem.locked())
    b = asyncio.create_task(user("B", 1))
    await asyncio.sleep(0)
    sem.release()
    print("released once: locked =", sem.locked(), "(B was woken and took the slot)")
    sem.release()
    print("released again: locked =", sem.locked(), "(B's wake-up is still queued)")
    c = asyncio.create_task(user("C", 1))
    await asyncio.gather(b, c)
    print(log)

asyncio.run(main())
