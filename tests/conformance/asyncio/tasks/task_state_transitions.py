# done() and cancelled() through a task's life: pending, running, finished.
import asyncio

async def body():
    me = asyncio.current_task()
    print("while running: done =", me.done())
    await asyncio.sleep(1)
    return "ok"

async def main():
    t = asyncio.create_task(body())
    print("created: done =", t.done(), "cancelled =", t.cancelled())
    await asyncio.sleep(0)
    print("suspended in sleep: done =", t.done())
    await t
    print("finished: done =", t.done(), "cancelled =", t.cancelled(), "result =", t.result())

asyncio.run(main())
