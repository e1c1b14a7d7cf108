import asyncio
import contextlib


class AsyncCM:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def main():
    async with AsyncCM() as cm:
        print(cm)
    async with AsyncCM() as a, AsyncCM() as b:
        pass
    async with (AsyncCM() as a, AsyncCM()):
        pass
    async for t in Ticker(3):
        print(t)
    else:
        print("done")
    await asyncio.sleep(0)
    result = await asyncio.gather(asyncio.sleep(0), asyncio.sleep(0))
    return await asyncio.wait_for(asyncio.sleep(0, result), timeout=1)


@contextlib.asynccontextmanager
async def managed():
    yield 1

asyncio.run(main())
