# A child cancelled from outside makes gather raise CancelledError (without return_exceptions),
# while the other children keep running.
import asyncio

async def child(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return name

async def main():
    a = asyncio.create_task(child("a", 1))
    b = asyncio.create_task(child("b", 2))
    asyncio.get_running_loop().call_later(0.5, a.cancel)
    try:
        await asyncio.gather(a, b)
    except asyncio.CancelledError:
        print("gather raised CancelledError; b done?", b.done())
    print("b:", await b)

asyncio.run(main())
