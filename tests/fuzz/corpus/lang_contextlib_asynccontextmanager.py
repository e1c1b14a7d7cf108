# contextlib.asynccontextmanager with asyncio.
import asyncio
from contextlib import asynccontextmanager
@asynccontextmanager
async def session(name):
    print(f"opening {name}")
    await asyncio.sleep(1)
    try:
        yield {"name": name}
    finally:
        await asyncio.sleep(0.5)
        print(f"closing {name}")
async def main():
    loop = asyncio.get_running_loop()
    async with session("api") as s:
        print("using", s["name"], loop.time())
    print("after", loop.time())
    try:
        async with session("failing"):
            raise ConnectionError("lost")
    except ConnectionError as e:
        print("caught", repr(e), loop.time())
asyncio.run(main())
