# Variant 3: await both greetings, one after the other.
# Each await runs greet to the end before the next line: 2 seconds in total.
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
    first = greet("Ada")
    second = greet("Bob")
    log("two coroutine objects made, nothing printed yet")
    log(f"greet returned {await first!r}")
    log(f"greet returned {await second!r}")
    log("main ends")


asyncio.run(main())
