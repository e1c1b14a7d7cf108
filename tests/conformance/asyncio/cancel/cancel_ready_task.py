# Cancelling a task that is ready to run (it yielded with sleep(0), so it waits on no Future)
# marks it must_cancel: CancelledError is thrown in when its next step starts.
import asyncio

async def spinner():
    try:
        for i in range(5):
            print("spin", i)
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("spinner got CancelledError")
        raise

async def main():
    t = asyncio.create_task(spinner())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main cancels; task is ready, not waiting:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main sees task cancelled:", t.cancelled())

asyncio.run(main())
