# Variant 2: tutorial 000 passes coroutines to wait(). Python 3.11 refuses:
# wait() needs tasks or futures.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def query(source, delay):
    await asyncio.sleep(delay)
    log("answered")
    return f"result from {source}"


async def main():
    try:
        await asyncio.wait([query("main-db", 2.0), query("mirror", 0.5)],
                           return_when=asyncio.FIRST_COMPLETED)
    except TypeError as e:
        log(f"TypeError: {e}")


asyncio.run(main())
