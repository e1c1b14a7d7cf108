# A child that is cancelled (from outside) is not an error: the group carries on.
import asyncio

async def child(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return name

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(child("a", 1))
        b = tg.create_task(child("b", 3))
        asyncio.get_running_loop().call_later(2, b.cancel)
    print("group done; a:", a.result(), "b cancelled:", b.cancelled())

asyncio.run(main())
