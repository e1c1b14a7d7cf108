# A task that swallows CancelledError and returns normally is not cancelled: it has a result.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker ignores the cancellation")
    return "partial result"

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    value = await t
    print(f"{loop.time():.2f} value={value!r} cancelled={t.cancelled()}")

asyncio.run(main())
