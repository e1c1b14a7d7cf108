# Seed: shared/seeds/003_23a9f6c81f2f78df.txt, "细粒度控制:asyncio.wait()". Unchanged.
import asyncio
async def query_source(name, delay):
    await asyncio.sleep(delay)
    return f"Result from {name}"
async def main():
    tasks = [
        asyncio.create_task(query_source("Fast Mirror", 0.5)),
        asyncio.create_task(query_source("Slow Main DB", 2.0)),
        asyncio.create_task(query_source("Geographic Replica", 0.8))
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    # Get the result from the completed task
    first_result = done.pop().result()
    print(f"Got first result: {first_result}")
    # We now have pending tasks that are still running. It's crucial to clean them up!
    print(f"Cancelling {len(pending)} pending tasks...")
    for task in pending:
        task.cancel()
    # Await the cancelled tasks to allow them to process the cancellation
    await asyncio.gather(*pending, return_exceptions=True)
    print("Cleanup complete.")
asyncio.run(main())
