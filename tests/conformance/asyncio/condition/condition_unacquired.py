# wait() and notify() need the condition's lock.
import asyncio

async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify:", e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print("notify_all:", e)
    async with cond:
        cond.notify()
        print("notify with no waiters is fine")

asyncio.run(main())
