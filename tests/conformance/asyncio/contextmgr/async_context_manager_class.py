# A class with __aenter__/__aexit__: both may await, __aexit__ runs on normal exit and on error.
import asyncio

class AsyncResource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        loop = asyncio.get_running_loop()
        print(f"{loop.time():.2f} acquire {self.name}")
        await asyncio.sleep(0.1)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        loop = asyncio.get_running_loop()
        print(f"{loop.time():.2f} release {self.name} (exc_type={exc_type.__name__ if exc_type else None})")
        await asyncio.sleep(0.1)
        return False

async def main():
    loop = asyncio.get_running_loop()
    async with AsyncResource("database connection") as resource:
        print(f"{loop.time():.2f} using {resource.name}")
        await asyncio.sleep(1)
    try:
        async with AsyncResource("file handle"):
            raise OSError("disk full")
    except OSError as e:
        print(f"{loop.time():.2f} error after release: {e}")

asyncio.run(main())
