# async with A() as a, B() as b enters in order and exits in reverse order.
import asyncio

class Named:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print("enter", self.name)
        return self.name

    async def __aexit__(self, *exc):
        await asyncio.sleep(0.1)
        print("exit", self.name)

async def main():
    loop = asyncio.get_running_loop()
    async with Named("outer") as a, Named("inner") as b:
        print("body with", a, b)
    print(f"{loop.time():.2f}")

asyncio.run(main())
