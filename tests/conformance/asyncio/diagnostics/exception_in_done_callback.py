# An exception in a done-callback is logged by the loop's exception handler; other callbacks
# and the awaiting task still run.
import asyncio

def bad_callback(fut):
    raise KeyError(fut.result())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(bad_callback)
    fut.add_done_callback(lambda f: print("second callback runs"))
    loop.call_later(1, fut.set_result, "key")
    print("awaited:", await fut)
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
