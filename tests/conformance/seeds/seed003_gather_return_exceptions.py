# Seed: shared/seeds/003_23a9f6c81f2f78df.txt, "使用 gather() 进行错误处理".
# Adapted: the tutorial shows only the gather call ("# ... inside main()"); it is put in a main
# with the fetch_data and worker definitions from the same tutorial. The tutorial says
# worker(1) "will raise a ValueError", but only worker(2) raises, so there is no exception in
# the results.
import asyncio
async def fetch_data(source, delay):
    print(f"Fetching from {source}...")
    await asyncio.sleep(delay)
    return {"source": source, "data": f"some data from {source}"}
async def worker(delay):
    print(f"Worker starting, will sleep for {delay}s")
    await asyncio.sleep(delay)
    # This worker will fail
    if delay == 2:
        raise ValueError("Something went wrong in worker 2")
    print(f"Worker with delay {delay} finished")
    return f"Result from {delay}s"
async def main():
    results = await asyncio.gather(
        fetch_data("API", 2),
        asyncio.create_task(worker(1)), # This will raise a ValueError
        fetch_data("Cache", 1),
        return_exceptions=True
    )
    # results will contain a mix of successful results and exception objects
    print(results)
asyncio.run(main())
