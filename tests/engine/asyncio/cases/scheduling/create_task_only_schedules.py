import asyncio
async def child(n):
    print("child", n, "runs")
async def main():
    asyncio.create_task(child(1))
    asyncio.create_task(child(2))
    print("main keeps running")
    await asyncio.sleep(0)
    print("main back")
asyncio.run(main())
