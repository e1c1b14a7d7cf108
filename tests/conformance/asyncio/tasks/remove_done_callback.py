# remove_done_callback removes every registration of that callback and returns how many.
import asyncio

def report(name):
    def cb(fut):
        print(name, "called with", fut.result())
    return cb

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    a = report("a")
    b = report("b")
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    print("removed a:", fut.remove_done_callback(a))
    print("removed a again:", fut.remove_done_callback(a))
    fut.set_result("ok")
    print("removed b after done:", fut.remove_done_callback(b))
    await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0.5, result="task result"))
    t.add_done_callback(b)
    await t

asyncio.run(main())
