# Waiters acquire in FIFO order; locked() and the repr's bracket track the state.
import asyncio

def state(lock):
    return repr(lock).split("[")[1][:-2]

async def worker(name, lock, log):
    log.append(f"{name} wants")
    async with lock:
        log.append(f"{name} has it ({state(lock)})")
        await asyncio.sleep(0.1)
    log.append(f"{name} released")

async def main():
    lock = asyncio.Lock()
    log = []
    print(state(lock), lock.locked())
    await asyncio.gather(*(worker(n, lock, log) for n in "abcd"))
    print("\n".join(log))
    print(state(lock), lock.locked())

asyncio.run(main())
