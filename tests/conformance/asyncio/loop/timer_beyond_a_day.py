# The loop never waits more than a day (86400 s) in one poll, so a longer sleep is reached in
# several steps; the deadline is still exact.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(200000.5)
    print(repr(loop.time()))
    h = loop.call_later(90000, print, "far timer")
    print(repr(h.when()))
    await asyncio.sleep(90001)
    print(repr(loop.time()))

asyncio.run(main())
