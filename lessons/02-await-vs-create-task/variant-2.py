# Variant 2: one gather instead of two create_task calls and two awaits.
# gather wraps each coroutine in a task (Task-2, Task-3) and waits for all.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def say_after(delay, what):
    log(f"waiting {delay}s")
    await asyncio.sleep(delay)
    log(what)


async def main():
    log("concurrent with gather")
    await asyncio.gather(say_after(1, "hello"), say_after(2, "world"))
    log("done")


asyncio.run(main())
