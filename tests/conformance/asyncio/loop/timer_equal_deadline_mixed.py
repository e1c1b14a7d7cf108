# Equal and different deadlines mixed: a timer with an earlier deadline always fires first, and
# among equal deadlines the heap decides. call_later(d) and call_at(now + d) are the same timer.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    order = []
    loop.call_later(2, order.append, "later-2a")
    loop.call_at(1, order.append, "at-1a")
    loop.call_later(2, order.append, "later-2b")
    loop.call_later(1, order.append, "later-1b")
    loop.call_at(2, order.append, "at-2c")
    loop.call_later(0.5, order.append, "later-0.5")
    loop.call_at(1, order.append, "at-1c")
    loop.call_later(2, order.append, "later-2d")
    loop.call_at(1, order.append, "at-1d")
    await asyncio.sleep(3)
    for name in order:
        print(name)

asyncio.run(main())
