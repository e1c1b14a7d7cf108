# A task cancelled before its first step never runs its body: not even the first line.
import asyncio

async def body():
    print("body started (never printed)")
    try:
        await asyncio.sleep(1)
    finally:
        print("finally (never printed)")

async def main():
    t = asyncio.create_task(body())
    print("cancel returned", t.cancel())
    print("cancelling() =", t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting it raised CancelledError")
    print("cancelled:", t.cancelled(), "done:", t.done())

asyncio.run(main())
