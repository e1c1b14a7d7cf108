# Event.set wakes every waiter, in the order they started waiting, each one hop later.
import asyncio

async def waiter(event, name):
    print(f"[{name}] waiting")
    await event.wait()
    print(f"[{name}] triggered")

async def setter(event):
    await asyncio.sleep(2)
    print("set the event")
    event.set()
    print("set() returned; is_set =", event.is_set())

async def main():
    event = asyncio.Event()
    await asyncio.gather(waiter(event, "C"), waiter(event, "A"), setter(event), waiter(event, "B"))

asyncio.run(main())
