# A Future's done-callbacks are scheduled with call_soon, in registration order: there is one
# ready-queue hop between "done" and "the callback runs", also for a waiting task.
import asyncio

async def waiter(fut):
    value = await fut
    print("waiter task woke with", value)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback 1 sees", f.result()))
    asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("callback 2 sees", f.result()))
    loop.call_soon(print, "queued before set_result")
    fut.set_result("value")
    loop.call_soon(print, "queued after set_result")
    print("set_result returned; nothing ran yet")
    await asyncio.sleep(0)
    print("main after one pass")

asyncio.run(main())
