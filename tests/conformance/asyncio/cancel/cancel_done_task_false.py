# cancel() on a finished, failed or already cancelled task returns False and changes nothing.
import asyncio

async def ok():
    return 1

async def bad():
    raise ValueError("bad")

async def main():
    t1 = asyncio.create_task(ok())
    t2 = asyncio.create_task(bad())
    t3 = asyncio.create_task(ok())
    t3.cancel()
    await asyncio.sleep(0)
    for name, t in (("ok", t1), ("bad", t2), ("cancelled", t3)):
        print(name, "cancel ->", t.cancel(), "cancelled ->", t.cancelled())
    print(t1.result(), repr(t2.exception()))

asyncio.run(main())
