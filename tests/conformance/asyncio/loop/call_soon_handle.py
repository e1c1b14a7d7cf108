# call_soon passes positional arguments, returns a Handle that can be cancelled before it runs,
# and runs callbacks in FIFO order.
import asyncio

def show(*args):
    print("callback", args)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(show, 1)
    h = loop.call_soon(show, 2, "two")
    loop.call_soon(show)
    loop.call_soon(show, 3, [4, 5])
    h.cancel()
    print("handle cancelled:", h.cancelled())
    await asyncio.sleep(0)
    print("main resumed")

asyncio.run(main())
