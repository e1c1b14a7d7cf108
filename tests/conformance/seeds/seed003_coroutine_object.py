# Seed: shared/seeds/003_23a9f6c81f2f78df.txt, "什么是协程? 快速回顾".
# Adapted: the f-string printed the coroutine's repr, which contains a memory address; it
# prints the coroutine's type and name instead. Never run, the coroutine is reported at exit.
import asyncio
async def say_hello(name: str):
    print(f"Preparing to greet {name}...")
    await asyncio.sleep(1) # Simulate a non-blocking I/O operation
    print(f"Hello, {name}!")
# Calling the function doesn't run it, it creates a coroutine object
coro = say_hello("World")
print(f"Created a coroutine object: {type(coro).__name__} {coro.__name__}")
# To actually run it, you need to use an entry point like asyncio.run()
# asyncio.run(coro)
