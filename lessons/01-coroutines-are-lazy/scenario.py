# Calling an async function does not run it: it returns a coroutine object.
# The body runs only when something awaits the object (or wraps it in a task).
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
    coro = greet("Ada")  # nothing runs yet
    log(f"got a {type(coro).__name__} object")
    result = await coro  # now greet runs, inside this task
    log(f"greet returned {result!r}")
    greet("Bob")  # forgotten await: Bob is never greeted
    log("main ends")


asyncio.run(main())
