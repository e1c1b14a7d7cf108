# When main returns, asyncio.run cancels the tasks that are still pending and waits for them:
# their cleanup runs after main, at the time main returned.
import asyncio

async def background():
    loop = asyncio.get_running_loop()
    try:
        while True:
            await asyncio.sleep(1)
            print(f"{loop.time():.2f} background tick")
    except asyncio.CancelledError:
        print(f"{loop.time():.2f} background cancelled by asyncio.run")
        raise

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(2.5)
    print("main returns")

asyncio.run(main())
print("after asyncio.run")
