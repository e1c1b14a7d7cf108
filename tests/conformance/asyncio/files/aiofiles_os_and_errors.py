# aiofiles.os.listdir and the errors a worker thread raises, delivered to the awaiting task.
import asyncio
import os

import aiofiles
import aiofiles.os

FOLDER = "listing-folder"


async def main():
    os.mkdir(FOLDER)
    for name in ["b.txt", "a.txt"]:
        async with aiofiles.open(os.path.join(FOLDER, name), "w") as f:
            await f.write(name)
    print(sorted(await aiofiles.os.listdir(FOLDER)))
    try:
        await aiofiles.open(os.path.join(FOLDER, "missing.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
    try:
        await aiofiles.os.listdir("no-such-folder")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
    for name in await aiofiles.os.listdir(FOLDER):
        await aiofiles.os.remove(os.path.join(FOLDER, name))
    os.rmdir(FOLDER)
    print(os.path.exists(FOLDER))


asyncio.run(main())
