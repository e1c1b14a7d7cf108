# __aexit__ returning True suppresses the exception.
import asyncio

class Suppressor:
    async def __aenter__(self):
        return "entered"

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        if exc_type is not None:
            print("suppressing", repr(exc))
        return True

async def main():
    async with Suppressor() as value:
        print(value)
        raise ValueError("hidden")
    print("execution continues")

asyncio.run(main())
