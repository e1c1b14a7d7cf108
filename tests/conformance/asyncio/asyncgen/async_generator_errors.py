# Errors around async generators: an exception inside propagates to async for; anext past the
# end raises StopAsyncIteration.
import asyncio

async def gen():
    yield 1
    raise LookupError("generator failed")

async def short():
    yield "only"

async def main():
    try:
        async for x in gen():
            print("got", x)
    except LookupError as e:
        print("caught", repr(e))
    g = short()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")

asyncio.run(main())
