# readline, `async for`, readlines, seek and tell on aiofiles files, one call at a time.
import asyncio
import os

import aiofiles

NAME = "lines-input.txt"


async def reader(label):
    async with aiofiles.open(NAME) as f:
        first = await f.readline()
        print(label, "first", repr(first))
        async for line in f:
            print(label, "line", repr(line))
    print(label, "closed", f.closed)


async def main():
    async with aiofiles.open(NAME, "w") as f:
        await f.writelines(["alpha\n", "beta\n", "gamma\n"])
    await reader("A")
    await reader("B")
    f = await aiofiles.open(NAME)
    print(await f.readlines(), f.name, f.mode)
    await f.seek(6)
    print(repr(await f.read(4)), await f.tell())
    await f.close()
    os.remove(NAME)


asyncio.run(main())
