# 3.11 semantics: locked() is true while a waiter that is not cancelled exists; release()
# decrements at wake time, so three releases in a row wake three waiters; FIFO order.
import asyncio

def st(sem):
    return repr(sem).split("[")[1][:-2]

async def worker(name, sem, log):
    log.append(f"{name} asks ({st(sem)})")
    async with sem:
        log.append(f"{name} in ({st(sem)})")
        await asyncio.sleep(0.1)
    log.append(f"{name} out ({st(sem)})")

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    print(st(sem), sem.locked())
    await asyncio.gather(*(worker(n, sem, log) for n in "abcde"))
    print("\n".join(log))

    sem = asyncio.Semaphore(0)
    tasks = [asyncio.create_task(sem.acquire()) for _ in range(4)]
    await asyncio.sleep(0)
    print(st(sem), sem.locked())
    sem.release(); sem.release(); sem.release()
    print("after 3 releases:", st(sem), sem.locked())
    await asyncio.sleep(0)
    print("done:", [t.done() for t in tasks], st(sem))
    sem.release()
    await asyncio.gather(*tasks)
    print(st(sem))

asyncio.run(main())
