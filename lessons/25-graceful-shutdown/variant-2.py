# Variant 2: no signal at all - a timer sets the stop Event. The same shutdown
# code works where add_signal_handler does not exist (Windows, threads).
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def worker(stop, unit):
    done = 0
    while not stop.is_set():
        await asyncio.sleep(unit)  # one unit of work
        done += 1
        log(f"finished unit {done}")
    return done


async def flush():
    log("flushing buffers")
    await asyncio.sleep(0.3)
    log("flushed")


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    workers = [asyncio.create_task(worker(stop, unit), name=f"worker-{i}")
               for i, unit in ((1, 0.4), (2, 0.6))]
    loop.call_later(1.0, stop.set)  # e.g. an admin command or a health check
    await stop.wait()
    log("shutting down: waiting for the workers")
    units = await asyncio.gather(*workers)
    await asyncio.shield(flush())
    log(f"exiting cleanly after {sum(units)} units")


asyncio.run(main())
