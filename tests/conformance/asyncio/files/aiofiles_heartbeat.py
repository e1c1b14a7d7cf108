# aiofiles runs each file call in a worker thread: the heartbeat task keeps running while the
# save task writes its file line by line and reads it back.
import asyncio
import os

import aiofiles

NAME = "heartbeat-notes.txt"


def log(msg):
    print(f"[{asyncio.get_running_loop().time():.2f}] {asyncio.current_task().get_name()}: {msg}")


async def heartbeat():
    for _ in range(3):
        log("beat")
        await asyncio.sleep(0.1)


async def save(lines):
    async with aiofiles.open(NAME, "w") as f:
        for line in lines:
            n = await f.write(line + "\n")
            log(f"wrote {n} characters")
    async with aiofiles.open(NAME) as f:
        text = await f.read()
    log(f"read back {text!r}")
    return len(text)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(heartbeat(), name="heartbeat")
        saver = tg.create_task(save(["milk", "bread", "eggs"]), name="save")
    print("size:", saver.result())
    os.remove(NAME)


asyncio.run(main())
