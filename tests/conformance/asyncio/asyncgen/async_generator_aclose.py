# aclose() throws GeneratorExit into a suspended async generator: its finally runs (and may
# await); asend/athrow drive it by hand.
import asyncio

async def stream():
    loop = asyncio.get_running_loop()
    try:
        n = 0
        while True:
            received = yield n
            print(f"{loop.time():.2f} stream received {received!r}")
            n += 1
            await asyncio.sleep(0.5)
    finally:
        await asyncio.sleep(0.25)
        print(f"{loop.time():.2f} stream cleaned up")

async def main():
    gen = stream()
    print("first:", await gen.__anext__())
    print("asend:", await gen.asend("hello"))
    try:
        await gen.athrow(ValueError("stop now"))
    except ValueError as e:
        print("athrow propagated:", e)
    gen2 = stream()
    await gen2.__anext__()
    await gen2.aclose()
    print("closed")

asyncio.run(main())
