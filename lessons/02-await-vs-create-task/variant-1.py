# Variant 1: a ticker task runs during the sequential part.
# "await blocks" means: it suspends *this* coroutine. The event loop is free
# and runs other tasks meanwhile.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def say_after(delay, what):
    log(f"waiting {delay}s")
    await asyncio.sleep(delay)
    log(what)


async def ticker():
    for i in range(3):
        log(f"tick {i}")
        await asyncio.sleep(1)


async def main():
    tick = asyncio.create_task(ticker(), name="ticker")
    log("sequential")
    await say_after(1, "hello")
    await say_after(2, "world")
    await tick
    log("done")


asyncio.run(main())
