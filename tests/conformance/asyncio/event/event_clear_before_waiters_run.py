# set() then clear() in the same step: the waiters were already woken (their futures are done),
# so they still proceed; a waiter arriving after clear() waits again.
import asyncio

async def waiter(event, name):
    await event.wait()
    print(f"{name} passed; is_set now {event.is_set()}")

async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in ("w1", "w2")]
    await asyncio.sleep(1)
    event.set()
    event.clear()
    late = asyncio.create_task(waiter(event, "late"))
    await asyncio.gather(*tasks)
    print("late waiter done?", late.done())
    event.set()
    await late

asyncio.run(main())
