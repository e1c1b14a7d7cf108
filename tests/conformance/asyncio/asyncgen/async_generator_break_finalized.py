# Breaking out of async for leaves the generator suspended; when it is freed, asyncio's
# finalizer hook schedules the creation of a task running its aclose() (call_soon_threadsafe),
# so its finally runs two passes later, in a new Task-N.
import asyncio

async def source():
    try:
        for i in range(10):
            await asyncio.sleep(0.1)
            yield i
    finally:
        print("source finally, task", asyncio.current_task().get_name())

async def main():
    async for i in source():
        print("got", i)
        if i == 2:
            break
    print("after the loop")
    await asyncio.sleep(0)
    print("after one pass")

asyncio.run(main())
