# get_nowait on an empty queue raises QueueEmpty, put_nowait on a full one QueueFull.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print("full:", q.full(), "items:", q.get_nowait(), q.get_nowait())
    print("subclasses of Exception:", issubclass(asyncio.QueueEmpty, Exception),
          issubclass(asyncio.QueueFull, Exception))

asyncio.run(main())
