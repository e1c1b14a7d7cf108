# Done-callbacks receive the Future and run in registration order, each as its own ready-queue
# callback, interleaved with other callbacks by their scheduling order.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for i in range(3):
        fut.add_done_callback(lambda f, i=i: print(f"done-callback {i}: {f.result()}"))
    loop.call_later(1, fut.set_result, "ready")
    loop.call_later(1, print, "timer queued after the setter")
    await fut
    print(f"{loop.time():.2f} main woke")

asyncio.run(main())
