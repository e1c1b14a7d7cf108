# Event.wait under wait_for: the timeout cancels the inner wait; a later set() wakes the next
# waiter only.
import asyncio

async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.5)
    except asyncio.TimeoutError:
        print("timed out at", asyncio.get_running_loop().time())
    print(repr(ev).split("[")[1][:-2])
    asyncio.get_running_loop().call_later(0.25, ev.set)
    print(await asyncio.wait_for(ev.wait(), timeout=1))
    print("at", asyncio.get_running_loop().time())

asyncio.run(main())
