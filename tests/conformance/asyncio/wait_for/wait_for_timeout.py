# On timeout, wait_for cancels the inner task, waits for it to finish cancelling (its cleanup
# runs), then raises TimeoutError.
import asyncio

async def long_task():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
        return "finished"
    except asyncio.CancelledError:
        print(f"{loop.time():.2f} task cancelled, cleaning up")
        await asyncio.sleep(0.5)
        print(f"{loop.time():.2f} cleanup done")
        raise

async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(long_task(), timeout=3)
    except asyncio.TimeoutError as e:
        print(f"{loop.time():.2f} timed out: {type(e).__name__}, cause {type(e.__cause__).__name__}")
    print("asyncio.TimeoutError is TimeoutError:", asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
