# Default task names take their number when the task is created, not when the name is first
# asked for (awaitlab formats "Task-N" lazily); explicit names and set_name consume no number.
import asyncio


async def job(i):
    await asyncio.sleep(0)
    return i


async def main():
    a = asyncio.create_task(job(1))
    b = asyncio.create_task(job(2), name="named")
    c = asyncio.create_task(job(3))
    c.set_name(c.get_name() + "!")
    d = asyncio.ensure_future(job(4))
    print(d.get_name(), c.get_name(), b.get_name(), a.get_name())
    print(a.get_name() is a.get_name())
    print(repr(d).split(" coro=")[0])
    await asyncio.gather(a, b, c, d)
    e = asyncio.get_running_loop().create_task(job(5))
    print(e.get_name(), asyncio.current_task().get_name())
    await e


asyncio.run(main())
