# A heartbeat task resets a watchdog with timeout.reschedule(); when heartbeats stop, the
# watchdog fires.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    beats = [0.5, 1.0, 1.5, 2.0]

    try:
        async with asyncio.timeout(1) as watchdog:
            async def heartbeat():
                for t in beats:
                    await asyncio.sleep(t - loop.time())
                    watchdog.reschedule(loop.time() + 1)
                    print(f"{loop.time():.2f} heartbeat, deadline now {watchdog.when():.2f}")
            asyncio.create_task(heartbeat())
            await asyncio.sleep(100)
    except TimeoutError:
        print(f"{loop.time():.2f} watchdog fired")

asyncio.run(main())
