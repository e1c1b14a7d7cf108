# Variant 3: main awaits only t1 and forgets t2.
# main returns at 1.00; asyncio.run then cancels the still-running "world"
# task, so "world" is never printed.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def say_after(delay, what):
    log(f"waiting {delay}s")
    await asyncio.sleep(delay)
    log(what)


async def main():
    t1 = asyncio.create_task(say_after(1, "hello"), name="hello")
    t2 = asyncio.create_task(say_after(2, "world"), name="world")
    log("tasks created")
    await t1
    log(f"done (world finished: {t2.done()})")


asyncio.run(main())
