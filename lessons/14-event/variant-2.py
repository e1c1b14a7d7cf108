# Variant 2: a late waiter arrives after set(). wait() on a set Event returns
# at once, without suspending: an Event remembers that it happened.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def waiter(event, delay=0):
    await asyncio.sleep(delay)
    log("waiting for the event")
    await event.wait()
    log("go!")


async def setter(event):
    await asyncio.sleep(2)
    log("set the event")
    event.set()


async def main():
    event = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(waiter(event), name="early")
        tg.create_task(waiter(event, delay=3), name="late")
        tg.create_task(setter(event), name="setter")


asyncio.run(main())
