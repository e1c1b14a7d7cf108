# await runs one coroutine to the end before the next line; create_task
# starts coroutines as tasks that run side by side.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def say_after(delay, what):
    log(f"waiting {delay}s")
    await asyncio.sleep(delay)
    log(what)


async def main():
    log("sequential")
    await say_after(1, "hello")
    await say_after(2, "world")

    log("concurrent")
    t1 = asyncio.create_task(say_after(1, "hello"), name="hello")
    t2 = asyncio.create_task(say_after(2, "world"), name="world")
    log("tasks created")
    await t1
    await t2
    log("done")


asyncio.run(main())
