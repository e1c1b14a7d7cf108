# Variant 2: wrap Bob's coroutine in a task instead of forgetting the await.
# The task starts when main next suspends, but main ends first: asyncio.run
# cancels the unfinished task, so Bob is greeted but never told goodbye.
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
    log(f"got a {type(coro).__name__} object")
    result = await coro
    log(f"greet returned {result!r}")
    asyncio.create_task(greet("Bob"), name="bob")
    log("task created")
    await asyncio.sleep(0)  # let the new task take its first step
    log("main ends")


asyncio.run(main())
