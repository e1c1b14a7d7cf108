# Calling an async function only creates a coroutine object; its body runs when awaited or
# wrapped in a task.
import asyncio

async def greet(name):
    print(f"Preparing to greet {name}...")
    await asyncio.sleep(1)
    print(f"Hello, {name}!")
    return len(name)

async def main():
    coro = greet("World")
    print("coroutine created, type:", type(coro).__name__)
    print("nothing printed by greet yet")
    n = await coro
    print("returned", n, "at", asyncio.get_running_loop().time())

asyncio.run(main())
