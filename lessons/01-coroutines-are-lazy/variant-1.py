# Variant 1: await the same coroutine object twice.
# A coroutine runs once; the second await raises RuntimeError.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def greet(name):
    log(f"hello, {name}")
    await asyncio.sleep(1)
    log(f"goodbye, {name}")
    return name.upper()


async def main():
    coro = greet("Ada")
    log(f"first await: {await coro!r}")
    try:
        await coro
    except RuntimeError as e:
        log(f"second await: RuntimeError: {e}")
    log("main ends")


asyncio.run(main())
