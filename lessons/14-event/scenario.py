# An Event is a flag that tasks can wait for. set() wakes every waiter, in
# the order they started waiting - but only once the setter suspends.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def waiter(event):
    log("waiting for the event")
    await event.wait()
    log("go!")


async def setter(event):
    await asyncio.sleep(2)
    log("set the event")
    event.set()
    log("still running after set()")
    await asyncio.sleep(1)
    event.clear()
    log(f"cleared: is_set() = {event.is_set()}")


async def main():
    event = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        for name in ("A", "B", "C"):
            tg.create_task(waiter(event), name=f"waiter-{name}")
        tg.create_task(setter(event), name="setter")


asyncio.run(main())
