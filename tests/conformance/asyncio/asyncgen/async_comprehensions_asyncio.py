# Async comprehensions and await inside comprehensions run sequentially in the current task.
import asyncio

async def async_range(start, end, delay=0.1):
    for i in range(start, end):
        await asyncio.sleep(delay)
        yield i

async def fetch_price(symbol):
    await asyncio.sleep(0.1)
    return {"symbol": symbol, "price": 100 + len(symbol)}

async def main():
    loop = asyncio.get_running_loop()
    items = [x async for x in async_range(0, 3)]
    print(f"{loop.time():.2f} collected {items}")
    evens = {x: x * x async for x in async_range(0, 6) if x % 2 == 0}
    print(f"{loop.time():.2f} squares of evens {evens}")
    symbols = ["AAPL", "GOOGL", "MSFT"]
    prices = {s: await fetch_price(s) for s in symbols}
    print(f"{loop.time():.2f} {prices}")

asyncio.run(main())
