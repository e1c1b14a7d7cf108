# Variant 1: set() and clear() back to back, with no await in between.
# The waiters still all wake: set() already completed their futures, and
# clear() only resets the flag for future waits.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def waiter(event):
    log("waiting for the event")
    await event.wait()
    log(f"go! (is_set() = {event.is_set()})")


async def setter(event):
    await asyncio.sleep(2)
    event.set()
    event.clear()
    log("pulsed the event")


async def main():
    event = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        for name in ("A", "B", "C"):
            tg.create_task(waiter(event), name=f"waiter-{name}")
        tg.create_task(setter(event), name="setter")


asyncio.run(main())
