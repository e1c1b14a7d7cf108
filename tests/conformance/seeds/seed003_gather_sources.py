# Seed: shared/seeds/003_23a9f6c81f2f78df.txt, "经典主力:asyncio.gather()". Unchanged.
import asyncio
async def fetch_data(source, delay):
    print(f"Fetching from {source}...")
    await asyncio.sleep(delay)
    return {"source": source, "data": f"some data from {source}"}
async def main():
    # gather can take coroutines directly
    results = await asyncio.gather(
        fetch_data("API", 2),
        fetch_data("Database", 3),
        fetch_data("Cache", 1)
    )
    print(results)
asyncio.run(main())
