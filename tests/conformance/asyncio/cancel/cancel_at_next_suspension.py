# A task that cancels itself keeps running through awaits that do not suspend (done futures,
# coroutines that return at once); CancelledError arrives at the next real suspension.
import asyncio

async def instant():
    return "instant"

async def body():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("done future")
    asyncio.current_task().cancel()
    print("after cancel(): still running")
    print("await done future ->", await done)
    print("await coroutine ->", await instant())
    try:
        await asyncio.sleep(5)
        print("not printed")
    except asyncio.CancelledError:
        print(f"{loop.time():.2f} CancelledError at the sleep")
        raise

async def main():
    t = asyncio.create_task(body())
    await asyncio.gather(t, return_exceptions=True)
    print("task cancelled:", t.cancelled())

asyncio.run(main())
