# A fire-and-forget task that fails: nobody keeps a reference or retrieves the exception, so
# when the task object is freed asyncio logs "Task exception was never retrieved" with the
# traceback. The program itself carries on and exits with status 0.
import asyncio

async def risky_task():
    await asyncio.sleep(0.5)
    raise ValueError("task failed")

async def main():
    asyncio.create_task(risky_task())
    await asyncio.sleep(1)
    print("main finished normally")

asyncio.run(main())
