# A leftover that swallows the cancellation and finishes on its own keeps asyncio.run waiting
# until it does.
import asyncio

async def stubborn():
    loop = asyncio.get_running_loop()
    for i in range(3):
        try:
            await asyncio.sleep(1)
            print(f"{loop.time():.2f} stubborn step {i}")
        except asyncio.CancelledError:
            print(f"{loop.time():.2f} stubborn ignores cancel")
    print(f"{loop.time():.2f} stubborn finished")

async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0.5)
    print("main returns")

asyncio.run(main())
print("after asyncio.run")
