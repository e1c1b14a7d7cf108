# An async generator still suspended when main returns is closed by asyncio.run's
# shutdown_asyncgens(): its finally runs after main.
import asyncio

async def ticker():
    try:
        i = 0
        while True:
            yield i
            i += 1
            await asyncio.sleep(1)
    finally:
        print(f"ticker closed at {asyncio.get_running_loop().time():.2f}")

holder = []

async def main():
    gen = ticker()
    holder.append(gen)
    print(await gen.__anext__(), await gen.__anext__())
    print("main returns with the generator suspended")

asyncio.run(main())
print("after asyncio.run")
