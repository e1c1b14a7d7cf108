# A class whose __await__ yields a Future suspends the task until the Future is done, like
# any asyncio primitive does.
import asyncio

class Delayed:
    def __init__(self, delay, value):
        self.delay = delay
        self.value = value

    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(self.delay, fut.set_result, self.value)
        result = yield from fut
        return result

async def main():
    loop = asyncio.get_running_loop()
    print(await Delayed(1.5, "first"), loop.time())
    results = await asyncio.gather(Delayed(1, "a"), Delayed(0.5, "b"))
    print(results, loop.time())

asyncio.run(main())
