# conformance: ignore-stderr
# A Future that nothing will ever complete: the task awaiting it can never resume.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(1, print, "the only timer fires; nobody sets the future")
    print("awaiting a future")
    await fut

asyncio.run(main())
