# asyncio.run needs a coroutine object; anything else is a ValueError.
import asyncio

async def main():
    return 1

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
print(asyncio.run(main()))
asyncio.run("main")
