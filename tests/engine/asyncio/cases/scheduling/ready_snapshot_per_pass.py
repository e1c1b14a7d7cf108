import asyncio
def cb(n):
    print("cb", n)
    if n < 3:
        loop.call_soon(cb, n + 10)
async def main():
    global loop
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1)
    loop.call_soon(cb, 2)
    await asyncio.sleep(0)
    print("main after one pass")
    await asyncio.sleep(0)
    print("main after two passes")
asyncio.run(main())
