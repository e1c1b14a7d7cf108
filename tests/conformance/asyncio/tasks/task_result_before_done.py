# result() and exception() on a task that has not finished raise InvalidStateError.
import asyncio

async def slow():
    await asyncio.sleep(1)
    return "finished"

async def main():
    t = asyncio.create_task(slow())
    for method in (t.result, t.exception):
        try:
            method()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, "-", e)
    print("done?", t.done())
    await t
    print("result:", t.result(), "exception:", t.exception())

asyncio.run(main())
