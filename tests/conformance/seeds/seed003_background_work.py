# Seed: shared/seeds/003_23a9f6c81f2f78df.txt, "创建您的第一个任务:asyncio.create_task()".
# Unchanged.
import asyncio
async def my_background_work():
    print("Starting background work...")
    await asyncio.sleep(2)
    print("Background work finished.")
    return "Success"
async def main():
    print("Main function started.")
    # Schedule my_background_work to run concurrently
    task = asyncio.create_task(my_background_work())
    # While the task runs, we can do other things
    print("Task created. Main function continues to run.")
    await asyncio.sleep(1)
    print("Main function did some other work.")
    # Now, wait for the task to complete and get its result
    result = await task
    print(f"Task completed with result: {result}")
asyncio.run(main())
