# timeout_at takes an absolute loop time.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    try:
        async with asyncio.timeout_at(loop.time() + 1.5) as cm:
            print("deadline", cm.when())
            while True:
                await asyncio.sleep(0.5)
                print(f"{loop.time():.2f} tick")
    except TimeoutError:
        print(f"{loop.time():.2f} timeout_at fired")

asyncio.run(main())
