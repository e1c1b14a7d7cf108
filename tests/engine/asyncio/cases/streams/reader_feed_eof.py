# StreamReader on its own (no socket): feed_data/feed_eof wake a waiting reader; readline,
# readuntil, readexactly and read(n) consume the buffer; at_eof, exception(), repr.
import asyncio

async def main():
    r = asyncio.StreamReader(limit=8)
    print(repr(r))
    async def later():
        await asyncio.sleep(0.1)
        r.feed_data(b"ab\ncd")
        await asyncio.sleep(0.1)
        r.feed_data(b"efg;;hij")
        r.feed_eof()
    t = asyncio.create_task(later())
    print(await r.readline(), asyncio.get_running_loop().time())
    print(await r.readexactly(2))
    print(await r.readuntil(b";;"), asyncio.get_running_loop().time())
    print(repr(r))
    print(await r.read(2), await r.read(5), await r.read(), r.at_eof())
    await t
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print("ValueError:", e)
    r2 = asyncio.StreamReader()
    r2.set_exception(ConnectionResetError("boom"))
    try:
        await r2.read(1)
    except ConnectionResetError as e:
        print("raised:", repr(e), repr(r2.exception()))
    r3 = asyncio.StreamReader()
    waiting = asyncio.create_task(r3.read(1))
    await asyncio.sleep(0)
    try:
        await r3.read(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    r3.feed_data(b"z")
    print(await waiting)

asyncio.run(main())
