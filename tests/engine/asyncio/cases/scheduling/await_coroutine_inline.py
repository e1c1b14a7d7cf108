import asyncio
async def inner():
    print("inner runs in the same step")
    return 42
async def other():
    print("other runs")
async def main():
    asyncio.create_task(other())
    r = await inner()
    print("got", r)
    f = asyncio.get_running_loop().create_future()
    f.set_result("done")
    print(await f)
    print("no suspension yet")
    await asyncio.sleep(0)
    print("after sleep(0)")
asyncio.run(main())
