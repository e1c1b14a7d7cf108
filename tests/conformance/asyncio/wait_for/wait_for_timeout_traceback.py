# An uncaught wait_for timeout: TimeoutError raised from the inner CancelledError, printed as a
# chained traceback.
import asyncio

async def long_running_operation():
    await asyncio.sleep(10)
    print("Operation finished")

async def main():
    await asyncio.wait_for(long_running_operation(), timeout=2)

asyncio.run(main())
