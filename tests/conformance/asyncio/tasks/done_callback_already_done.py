# add_done_callback on a Future that is already done still schedules the callback with
# call_soon instead of calling it at once.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(7)
    fut.add_done_callback(lambda f: print("late callback sees", f.result()))
    print("add_done_callback returned")
    loop.call_soon(print, "call_soon after it")
    await asyncio.sleep(0)
    print("main resumed")

asyncio.run(main())
