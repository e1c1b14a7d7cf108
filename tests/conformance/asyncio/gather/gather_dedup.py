# gather de-duplicates identical arguments: the same coroutine or task passed twice runs once
# and its result appears at both positions.
import asyncio

runs = 0

async def counted(label):
    global runs
    runs += 1
    number = runs
    await asyncio.sleep(0.5)
    return f"{label} (run #{number})"

async def main():
    c = counted("coro")
    t = asyncio.create_task(counted("task"))
    results = await asyncio.gather(c, t, c, t, counted("fresh"))
    for r in results:
        print(r)
    print("total runs:", runs)

asyncio.run(main())
