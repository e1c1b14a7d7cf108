# return_exceptions=True puts exceptions (and CancelledError) in the result list instead.
import asyncio

async def ok(n):
    await asyncio.sleep(n)
    return n

async def bad(n):
    await asyncio.sleep(n)
    raise ValueError(f"bad {n}")

async def main():
    victim = asyncio.create_task(ok(5))
    asyncio.get_running_loop().call_later(1, victim.cancel)
    results = await asyncio.gather(ok(1), bad(2), victim, ok(0.5), return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r))

asyncio.run(main())
