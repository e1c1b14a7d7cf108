import asyncio

async def fetch_price(symbol):
    await asyncio.sleep(0.1)
    return {"symbol": symbol, "price": 100}

async def main():
    symbols = ["AAPL", "GOOGL", "MSFT"]
    
    # 异步字典推导式
    prices = {s: await fetch_price(s) for s in symbols}
    print(prices)
    
    # 异步列表推导式
    results = [await fetch_price(s) for s in symbols]
    print(results)

asyncio.run(main())
