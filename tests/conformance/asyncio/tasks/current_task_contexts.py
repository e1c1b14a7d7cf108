# current_task() is the task whose step is running; in a plain callback there is none.
import asyncio

async def child():
    print("in child:", asyncio.current_task().get_name())

def callback():
    print("in callback:", asyncio.current_task())

async def main():
    me = asyncio.current_task()
    print("in main:", me.get_name())
    t = asyncio.create_task(child(), name="child-task")
    asyncio.get_running_loop().call_soon(callback)
    await t
    print("back in main:", asyncio.current_task() is me)

try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside a loop:", e)
asyncio.run(main())
