# clear() right after set() does not un-wake the waiters whose futures are done; a cancelled
# waiter leaves the queue; a second set() is a no-op.
import asyncio

async def waiter(name, ev):
    try:
        print(name, "->", await ev.wait())
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in "xyz"]
    await asyncio.sleep(0)
    tasks[1].cancel()
    await asyncio.sleep(0)
    print(repr(ev).split("[")[1][:-2])
    ev.set()
    ev.clear()
    ev.set()
    ev.set()
    ev.clear()
    print("flag:", ev.is_set())
    await asyncio.gather(*tasks, return_exceptions=True)
    late = asyncio.create_task(waiter("late", ev))
    await asyncio.sleep(0.1)
    print(repr(ev).split("[")[1][:-2])
    ev.set()
    await late
    try:
        asyncio.Event(1)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
