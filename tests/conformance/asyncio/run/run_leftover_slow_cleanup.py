# asyncio.run waits for the leftovers' cleanup, even if it awaits: the clock moves on after
# main returned.
import asyncio

async def slow_cleanup():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(100)
    finally:
        await asyncio.sleep(2)
        print(f"{loop.time():.2f} cleanup finished")

async def main():
    asyncio.create_task(slow_cleanup())
    await asyncio.sleep(1)
    print("main returns at 1.00")

asyncio.run(main())
