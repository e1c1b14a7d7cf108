# A Future from loop.create_future: pending until set_result, then done with its result.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut)
    print("done:", fut.done(), "cancelled:", fut.cancelled())
    print("same loop:", fut.get_loop() is loop)
    loop.call_later(2, fut.set_result, "payload")
    value = await fut
    print(f"{loop.time():.2f} got {value!r}")
    print(fut)
    print("done:", fut.done(), "result:", fut.result(), "exception:", fut.exception())

asyncio.run(main())
