# Seed: shared/seeds/003_23a9f6c81f2f78df.txt, "取消的艺术". Unchanged.
import asyncio
async def resource_intensive_task():
    print("Acquiring resource (e.g., opening a connection)...")
    try:
        for i in range(10):
            print(f"Working... step {i+1}")
            await asyncio.sleep(1) # This is an await point where CancelledError can be injected
    except asyncio.CancelledError:
        print("Task was cancelled! Cleaning up...")
        raise # It's good practice to re-raise CancelledError
    finally:
        print("Releasing resource (e.g., closing connection). This always runs.")
async def main():
    task = asyncio.create_task(resource_intensive_task())
    # Let it run for a bit
    await asyncio.sleep(2.5)
    print("Main decides to cancel the task.")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("Main has confirmed the task was cancelled.")
asyncio.run(main())
