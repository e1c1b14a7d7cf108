# get_name/set_name; a non-string name is converted with str().
import asyncio

async def worker():
    me = asyncio.current_task()
    print("inside:", me.get_name())
    me.set_name("renamed-inside")
    await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(worker(), name=12345)
    print(repr(t.get_name()))
    t.set_name(("tuple", 1))
    print(repr(t.get_name()))
    await t
    print(repr(t.get_name()))
    u = asyncio.create_task(worker())
    print(u.get_name())
    await u

asyncio.run(main())
