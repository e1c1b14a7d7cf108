import asyncio
import signal

background_tasks = set()


async def heartbeat(interval: float = 1.0) -> None:
    count = 0
    while True:
        count += 1
        print(f"beat {count}")
        await asyncio.sleep(interval)


async def limited(sem: asyncio.Semaphore, i: int) -> int:
    async with sem:
        await asyncio.sleep(0.1)
        return i * i


async def main() -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)

    task = asyncio.create_task(heartbeat(0.5))
    background_tasks.add(task)
    task.add_done_callback(background_tasks.discard)

    sem = asyncio.Semaphore(3)
    results = await asyncio.gather(*[limited(sem, i) for i in range(10)],
                                   return_exceptions=True)
    print(results)

    shielded = asyncio.shield(asyncio.sleep(0.1, result="kept"))
    print(await shielded)

    try:
        await asyncio.wait_for(stop.wait(), timeout=1.5)
    except asyncio.TimeoutError:
        pass
    finally:
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print("heartbeat stopped")


asyncio.run(main())
