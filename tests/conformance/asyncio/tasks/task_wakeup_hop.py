# When a task finishes, a task awaiting it resumes one ready-queue hop later: callbacks queued
# in the meantime run first.
import asyncio

async def child():
    loop = asyncio.get_running_loop()
    print("child finishing")
    loop.call_soon(print, "callback queued by child before returning")
    return "child result"

async def main():
    t = asyncio.create_task(child())
    print("main awaits child")
    result = await t
    print("main got", result)

asyncio.run(main())
