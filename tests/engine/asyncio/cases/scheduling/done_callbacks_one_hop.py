import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for i in range(3):
        f.add_done_callback(lambda fut, i=i: print("cb", i, fut.result()))
    loop.call_soon(print, "call_soon before set_result")
    f.set_result("x")
    loop.call_soon(print, "call_soon after set_result")
    f.add_done_callback(lambda fut: print("late cb"))
    await asyncio.sleep(0)
    print("main")
    await asyncio.sleep(0)
asyncio.run(main())
