# notify(n) wakes the first n waiters FIFO; notify_all the rest; woken waiters re-acquire the
# lock one after another; wait() returns True.
import asyncio

async def waiter(name, cond, log):
    async with cond:
        log.append(f"{name} waits")
        r = await cond.wait()
        log.append(f"{name} woke {r}, locked={cond.locked()}")
        await asyncio.sleep(0)
        log.append(f"{name} leaves")

async def main():
    cond = asyncio.Condition()
    log = []
    tasks = [asyncio.create_task(waiter(n, cond, log)) for n in "abcde"]
    await asyncio.sleep(0)
    print(repr(cond).split("[")[1][:-2])
    async with cond:
        cond.notify(2)
        print("notified 2:", repr(cond).split("[")[1][:-2])
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify()
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify_all()
        cond.notify(10)
    await asyncio.gather(*tasks)
    print("\n".join(log))
    print(repr(cond).split("[")[1][:-2])

asyncio.run(main())
