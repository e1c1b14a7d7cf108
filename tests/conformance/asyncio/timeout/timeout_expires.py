# asyncio.timeout cancels the task at the deadline and turns that CancelledError into
# TimeoutError when the block exits.
import asyncio

async def long_running_operation():
    await asyncio.sleep(10)
    print("Operation finished")

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(2):
            await long_running_operation()
    except TimeoutError:
        print(f"{loop.time():.2f} The operation timed out!")
    print("cancelling() after the block:", asyncio.current_task().cancelling())

asyncio.run(main())
