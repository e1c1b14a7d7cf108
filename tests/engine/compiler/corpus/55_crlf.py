import asyncio

async def main():
    x = f"{1 + 2}"
    print(x,
          "done")

asyncio.run(main())
