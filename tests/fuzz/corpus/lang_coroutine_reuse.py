# A coroutine object can only be awaited once.
import asyncio
async def compute():
    await asyncio.sleep(0.1)
    return 42
async def main():
    coro = compute()
    print(await coro)
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(compute), asyncio.iscoroutinefunction(print))
asyncio.run(main())
