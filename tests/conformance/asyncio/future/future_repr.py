# The repr of a Future in each state.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    a = loop.create_future()
    b = loop.create_future()
    c = loop.create_future()
    d = loop.create_future()
    print(a)
    b.set_result([1, "two"])
    c.set_exception(ValueError("oops"))
    d.cancel()
    print(b)
    print(c)
    print(d)
    c.exception()
    a.cancel()

asyncio.run(main())
