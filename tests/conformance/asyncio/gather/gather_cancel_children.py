# Cancelling the gather future (or the task awaiting it) cancels every child still running.
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    g = asyncio.gather(child("a", 1), child("b", 3), child("c", 4))
    await asyncio.sleep(2)
    print(f"{loop.time():.2f} cancel gather ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print(f"{loop.time():.2f} gather cancelled:", g.cancelled())

asyncio.run(main())
