# Forgetting `await` on asyncio.sleep: nothing waits, and the coroutine object is reported as
# never awaited when it is freed (right away, at the end of the statement).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.2f} before")
    asyncio.sleep(5)
    print(f"{loop.time():.2f} after: no time passed")

asyncio.run(main())
