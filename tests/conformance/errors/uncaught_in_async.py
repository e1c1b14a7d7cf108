# An exception escaping asyncio.run: stdlib frames are not shown.
import asyncio
async def fetch_data(n):
    await asyncio.sleep(0.5)
    if n == 3:
        raise ConnectionError(f"server {n} refused the connection")
    return {"id": n}
async def main():
    for n in range(1, 5):
        data = await fetch_data(n)
        print("got", data)
asyncio.run(main())
