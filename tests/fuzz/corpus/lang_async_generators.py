# Async generators: asend, athrow, aclose and return semantics.
import asyncio
async def countdown(n):
    try:
        while n > 0:
            received = yield n
            if received:
                print("received", received)
            n -= 1
            await asyncio.sleep(0.1)
    finally:
        print("countdown cleanup")
async def main():
    gen = countdown(3)
    print(await gen.__anext__())
    print(await gen.asend("hello"))
    try:
        await gen.athrow(ValueError("stop"))
    except ValueError as e:
        print("athrow propagated:", e)
    gen2 = countdown(5)
    print(await anext(gen2))
    await gen2.aclose()
    print("closed")
    try:
        await anext(gen2)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(await anext(countdown(0), "default"))
    print([x async for x in countdown(2)])
    print(type(countdown(1)).__name__)
asyncio.run(main())
