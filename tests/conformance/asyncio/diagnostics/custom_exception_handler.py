# loop.set_exception_handler replaces the default logging; the handler gets the context dict.
import asyncio

def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"], "|", repr(exc))

async def fail():
    raise LookupError("lost")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(lambda: 1 / 0)
    asyncio.create_task(fail())
    await asyncio.sleep(1)
    print("main done")

asyncio.run(main())
