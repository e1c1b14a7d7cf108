# Variant 3: a consumer that sees the sentinel puts it back before stopping,
# so one None reaches every consumer in turn.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def producer(queue):
    for i in range(4):
        await queue.put(i)
        log(f"produce {i}")
        await asyncio.sleep(0.1)
    await queue.put(None)  # end signal


async def consumer(queue):
    while True:
        item = await queue.get()
        if item is None:
            log("got None, passing it on and stopping")
            await queue.put(None)
            break
        log(f"consume {item}")
        await asyncio.sleep(0.2)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(
        asyncio.create_task(producer(queue), name="producer"),
        asyncio.create_task(consumer(queue), name="consumer-1"),
        asyncio.create_task(consumer(queue), name="consumer-2"),
    )
    log("all done")


asyncio.run(main())
