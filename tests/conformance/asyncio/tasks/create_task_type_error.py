# create_task accepts only coroutines.
import asyncio

async def f():
    return 1

async def main():
    for bad in (42, None, "text"):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("TypeError:", e)
    print(await asyncio.create_task(f()))

asyncio.run(main())
