# to_thread passes positional and keyword arguments through.
import asyncio

def describe(name, *, greeting="hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"

async def main():
    print(await asyncio.to_thread(describe, "world"))
    print(await asyncio.to_thread(describe, "asyncio", greeting="hi", punctuation="?"))

asyncio.run(main())
