# cancelling() counts pending cancel requests; uncancel() decrements it. A task that catches
# CancelledError and carries on keeps the count until it calls uncancel().
import asyncio

async def stubborn():
    me = asyncio.current_task()
    for round_ in range(3):
        try:
            await asyncio.sleep(1)
            print(f"round {round_}: slept normally")
        except asyncio.CancelledError:
            print(f"round {round_}: caught cancel, cancelling = {me.cancelling()}")
            if round_ == 1:
                print("  uncancel ->", me.uncancel())
    return "finished anyway"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.5)
    t.cancel()
    await asyncio.sleep(1)
    t.cancel()
    result = await t
    print("result:", result, "cancelled:", t.cancelled(), "cancelling:", t.cancelling())

asyncio.run(main())
