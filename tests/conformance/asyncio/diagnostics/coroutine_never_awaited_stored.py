# A coroutine kept in a variable is reported only when the last reference goes away: here at
# the `del`, so the warning names that line.
import asyncio

async def job():
    return 1

async def main():
    pending = job()
    print("stored a coroutine")
    await asyncio.sleep(1)
    del pending
    print("dropped it")

asyncio.run(main())
