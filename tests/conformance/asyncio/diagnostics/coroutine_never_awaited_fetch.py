# The tutorial's "forgot await" mistake: the call creates a coroutine that never runs.
import asyncio

async def fetch_data():
    print("fetching data")
    await asyncio.sleep(1)
    return {"data": "value"}

async def main():
    fetch_data()
    print("done (nothing was fetched)")
    result = await fetch_data()
    print(f"result: {result}")

asyncio.run(main())
