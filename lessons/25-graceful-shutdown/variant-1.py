# Variant 1: the handler cancels the workers instead of asking them to stop.
# Shutdown is immediate, and the units in progress are abandoned half-done.
import asyncio
import signal


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def worker(stop, unit):
    done = 0
    try:
        while True:
            await asyncio.sleep(unit)  # one unit of work
            done += 1
            log(f"finished unit {done}")
    except asyncio.CancelledError:
        log(f"cancelled in the middle of unit {done + 1}")
        return done


async def flush():
    log("flushing buffers")
    await asyncio.sleep(0.3)
    log("flushed")


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def on_sigterm():  # runs as a plain callback on the event loop
        print(f"[{loop.time():.2f}] signal handler: SIGTERM")
        stop.set()
        for w in workers:
            w.cancel()

    loop.add_signal_handler(signal.SIGTERM, on_sigterm)
    workers = [asyncio.create_task(worker(stop, unit), name=f"worker-{i}")
               for i, unit in ((1, 0.4), (2, 0.6))]
    loop.call_later(1.0, signal.raise_signal, signal.SIGTERM)  # as if `kill` ran at 1.00
    await stop.wait()
    log("shutting down: waiting for the workers")
    units = await asyncio.gather(*workers)
    await asyncio.shield(flush())
    log(f"exiting cleanly after {sum(units)} units")


asyncio.run(main())
