import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    a = [x async for x in agen(3)]
    b = {x: x async for x in agen(3) if x}
    c = {x async for x in agen(3)}
    d = [await asyncio.sleep(0, x) for x in range(3)]
    e = (x async for x in agen(3))
    f = [y for x in [1] async for y in agen(x)]
    return a, b, c, d, e, f

asyncio.run(main())
