# Ask three mirrors, take the first answer, cancel the others and wait for their cleanup.
import asyncio

async def mirror(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(mirror(n, d)) for n, d in (("eu", 0.3), ("us", 0.2), ("asia", 0.5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop().result()
    for t in tasks:
        if t in pending:
            t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print(f"{loop.time():.2f} winner {winner}")

asyncio.run(main())
