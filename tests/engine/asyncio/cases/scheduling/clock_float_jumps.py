import asyncio
async def ticker(step, n):
    loop = asyncio.get_running_loop()
    for _ in range(n):
        await asyncio.sleep(step)
    print(step, repr(loop.time()))
async def main():
    await asyncio.gather(ticker(0.1, 10), ticker(0.3, 3), ticker(1 / 3, 3))
    loop = asyncio.get_running_loop()
    loop.call_at(loop.time() - 5, print, "call_at in the past runs at once")
    await asyncio.sleep(0)
    await asyncio.sleep(100000)
    print(repr(loop.time()))
asyncio.run(main())
