# __aenter__/__aexit__, __aiter__/__anext__ and __await__ driven by asyncio.run.
import asyncio
class Connection:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print(f"connected {self.name}")
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print(f"disconnected {self.name}", exc_type.__name__ if exc_type else None)
        return False
class Ticker:
    def __init__(self, count):
        self.count = count
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.count == 0:
            raise StopAsyncIteration
        self.count -= 1
        await asyncio.sleep(0.5)
        return self.count
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield from asyncio.sleep(0.25).__await__()
        return self.value
async def main():
    loop = asyncio.get_running_loop()
    async with Connection("db") as conn:
        print("using", conn.name)
    async for n in Ticker(3):
        print("tick", n, loop.time())
    print("awaited", await Ready(42), loop.time())
    try:
        async with Connection("broken"):
            raise RuntimeError("fail inside")
    except RuntimeError as e:
        print("caught", e)
asyncio.run(main())
