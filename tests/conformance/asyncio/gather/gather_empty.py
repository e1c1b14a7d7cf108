# gather() with no arguments returns an already-finished future with an empty list.
import asyncio

async def main():
    g = asyncio.gather()
    print("done at once:", g.done())
    print(await g)
    print(await asyncio.gather(*[]))

asyncio.run(main())
