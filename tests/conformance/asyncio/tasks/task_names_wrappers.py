# Helpers that wrap coroutines in tasks take Task-N numbers in the order they wrap them:
# gather (per coroutine), wait_for, shield and ensure_future.
import asyncio

async def who():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    print("gather:", await asyncio.gather(who(), who()))
    print("wait_for:", await asyncio.wait_for(who(), timeout=1))
    print("shield:", await asyncio.shield(who()))
    print("ensure_future:", await asyncio.ensure_future(who()))
    print("create_task:", await asyncio.create_task(who()))

asyncio.run(main())
