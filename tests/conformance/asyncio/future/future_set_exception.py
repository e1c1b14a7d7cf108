# set_exception accepts an instance or a class (instantiated), refuses StopIteration; awaiting
# the Future raises the exception.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f1.set_exception(ValueError("bad value"))
    try:
        await f1
    except ValueError as e:
        print("await raised", repr(e))
    f2 = loop.create_future()
    f2.set_exception(RuntimeError)
    print("class became", repr(f2.exception()))
    f3 = loop.create_future()
    try:
        f3.set_exception(StopIteration("stop"))
    except TypeError as e:
        print("TypeError:", e)
    print("f3 still pending:", not f3.done())
    f3.cancel()

asyncio.run(main())
