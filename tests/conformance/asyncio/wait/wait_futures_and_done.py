# wait() works on plain Futures too, and returns at once when everything is already done.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    loop.call_later(1, f1.set_result, "one")
    loop.call_later(2, f2.set_exception, LookupError("two"))
    done, pending = await asyncio.wait([f1, f2], return_when=asyncio.FIRST_COMPLETED)
    print(f"{loop.time():.2f}", len(done), len(pending), [f.result() for f in done])
    done, pending = await asyncio.wait([f1, f2])
    print(f"{loop.time():.2f}", len(done), len(pending), repr(f2.exception()))
    done, pending = await asyncio.wait([f1, f2], timeout=5)
    print(f"{loop.time():.2f} already done:", len(done), len(pending))

asyncio.run(main())
