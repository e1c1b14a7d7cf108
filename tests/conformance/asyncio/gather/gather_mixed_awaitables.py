# gather accepts coroutines, tasks and futures; coroutines become tasks scheduled in order.
import asyncio

async def coro(name):
    print("start", name)
    await asyncio.sleep(1)
    return name

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, "future")
    task = asyncio.create_task(coro("task"))
    results = await asyncio.gather(coro("c1"), task, fut, coro("c2"))
    print(results)

asyncio.run(main())
