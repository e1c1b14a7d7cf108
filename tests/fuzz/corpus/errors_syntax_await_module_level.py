# SyntaxError: 'await' at module level.
import asyncio
async def main():
    return 1
result = await main()
print(result)
