# A Future whose exception nobody retrieved logs "Future exception was never retrieved" when it
# is destroyed.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(ConnectionError("link down"))
    print("dropping the future")
    del fut
    print("after del")
    retrieved = loop.create_future()
    retrieved.set_exception(ConnectionError("handled"))
    print("retrieved:", repr(retrieved.exception()))
    del retrieved
    print("end of main")

asyncio.run(main())
