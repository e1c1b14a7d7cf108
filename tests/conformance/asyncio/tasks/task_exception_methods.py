# A task that raised: done() is True, exception() returns the exception, result() raises it.
import asyncio

async def fails():
    await asyncio.sleep(0.5)
    raise KeyError("missing")

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(1)
    print("done:", t.done(), "cancelled:", t.cancelled())
    print("exception:", repr(t.exception()))
    try:
        t.result()
    except KeyError as e:
        print("result() raised", repr(e))
    try:
        await t
    except KeyError as e:
        print("await raised", repr(e))

asyncio.run(main())
