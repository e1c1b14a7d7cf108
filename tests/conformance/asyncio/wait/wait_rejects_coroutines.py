# Python 3.11 forbids passing coroutines to asyncio.wait (the tutorials still show it); an empty
# set and an unknown return_when are ValueErrors.
import asyncio

async def job():
    await asyncio.sleep(1)

async def main():
    coros = [job(), job()]
    try:
        await asyncio.wait(coros)
    except TypeError as e:
        print("TypeError:", e)
    for c in coros:
        c.close()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    t = asyncio.create_task(job())
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    await t

asyncio.run(main())
