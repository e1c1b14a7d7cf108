# Awaiting a coroutine runs it inline in the same task step: nothing else runs unless the chain
# reaches a real suspension (a pending Future or sleep(0)).
import asyncio

async def no_suspend(n):
    print(f"  no_suspend({n}) runs inline")
    return n * 2

async def nested(n):
    return await no_suspend(n) + await no_suspend(n + 1)

async def other():
    print("other task got the loop")

async def main():
    asyncio.create_task(other())
    print("main: before awaits")
    x = await no_suspend(1)
    y = await nested(2)
    print("main: results", x, y, "- other has not run yet")
    await asyncio.sleep(0)
    print("main: after sleep(0)")

asyncio.run(main())
