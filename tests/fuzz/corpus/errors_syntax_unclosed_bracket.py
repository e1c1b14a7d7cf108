# SyntaxError: an unclosed bracket.
import asyncio
async def main():
    results = await asyncio.gather(
        asyncio.sleep(1, result="a"),
        asyncio.sleep(2, result="b"),
    print(results)
asyncio.run(main())
