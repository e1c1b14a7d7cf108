# shield() of a finished task returns it as is; the graceful-shutdown pattern shields a cleanup
# coroutine so a cancel does not interrupt it.
import asyncio

async def save_state():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(2)
    print(f"{loop.time():.2f} state saved")

async def service():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("service cancelled; saving state under a shield")
        cleanup = asyncio.ensure_future(save_state())
        try:
            await asyncio.shield(cleanup)
        except asyncio.CancelledError:
            print("second cancel reached the service; waiting for cleanup anyway")
            await cleanup
        raise

async def main():
    loop = asyncio.get_running_loop()
    done = asyncio.create_task(asyncio.sleep(0, result="x"))
    await done
    print("shield(done task) is it:", asyncio.shield(done) is done)
    s = asyncio.create_task(service())
    await asyncio.sleep(1)
    s.cancel()
    await asyncio.sleep(1)
    s.cancel()
    await asyncio.gather(s, return_exceptions=True)
    print(f"{loop.time():.2f} service cancelled: {s.cancelled()}")

asyncio.run(main())
