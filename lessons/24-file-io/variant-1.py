# Variant 1: call the blocking function directly in the coroutine. Each write
# holds the event loop: the saves run one after the other, the heartbeat waits.
import asyncio
import time

PREFIX = "variant-1-"  # each script of the lesson writes its own files
NOTES = {"monday.txt": "buy milk\n", "tuesday.txt": "call mum\n", "wednesday.txt": "fix bike\n"}
DISK_DELAY = {"monday.txt": 0.3, "tuesday.txt": 0.1, "wednesday.txt": 0.2}


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


def write_file(name, text):  # plain blocking code, run in a worker thread
    time.sleep(DISK_DELAY[name])  # a slow disk
    with open(PREFIX + name, "w", encoding="utf-8") as f:
        return f.write(text)


def read_file(name):
    with open(PREFIX + name, encoding="utf-8") as f:
        return f.read()


async def save(name, text):
    size = write_file(name, text)  # blocks the event loop
    log(f"wrote {size} characters to {PREFIX + name}")


async def heartbeat():
    for _ in range(3):
        log("beat")
        await asyncio.sleep(0.25)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(heartbeat(), name="heartbeat")
        for name, text in NOTES.items():
            tg.create_task(save(name, text), name="save-" + name[:-4])
    texts = await asyncio.gather(*(asyncio.to_thread(read_file, n) for n in NOTES))
    log(f"read back: {''.join(texts)!r}")


asyncio.run(main())
