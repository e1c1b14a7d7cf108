# set() wakes every waiter in the order they started waiting; wait() returns True; waiting on a
# set event does not suspend.
import asyncio

async def waiter(name, ev, delay):
    await asyncio.sleep(delay)
    print(name, "waits")
    r = await ev.wait()
    print(name, "woke:", r)

async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set(), repr(ev).split("[")[1][:-2])
    tasks = [asyncio.create_task(waiter(n, ev, d)) for n, d in (("c", 0.3), ("a", 0.1), ("b", 0.2))]
    await asyncio.sleep(0.5)
    print(repr(ev).split("[")[1][:-2])
    ev.set()
    print("set; is_set:", ev.is_set(), repr(ev).split("[")[1][:-2])
    print("main continues before the waiters run")
    await asyncio.gather(*tasks)
    print(repr(ev).split("[")[1][:-2])
    print("already set ->", await ev.wait())

asyncio.run(main())
