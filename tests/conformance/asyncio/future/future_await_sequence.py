# Awaiting Futures one after another: each await suspends until its timer sets it; one that is
# already done by then returns at once.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    futures = [loop.create_future() for _ in range(3)]
    for i, f in enumerate(futures):
        loop.call_later(3 - i, f.set_result, f"value {i}")
    for f in futures:
        value = await f
        print(f"{loop.time():.2f} {value}")

asyncio.run(main())
