import asyncio
async def noop():
    await asyncio.sleep(0)
async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(noop()), asyncio.create_task(noop(), name="named"),
          asyncio.create_task(noop()), loop.create_task(noop(), name="loop-named"),
          loop.create_task(noop())]
    print([t.get_name() for t in ts])
    await asyncio.gather(*ts)
asyncio.run(main())
