# Cancelling a task while it awaits inside an async generator raises CancelledError at the
# generator's await; the generator's finally runs in that task.
import asyncio

async def slow_source():
    try:
        i = 0
        while True:
            await asyncio.sleep(1)
            yield i
            i += 1
    finally:
        print("slow_source finally")

async def consumer():
    async for item in slow_source():
        print("item", item)

async def main():
    t = asyncio.create_task(consumer())
    await asyncio.sleep(2.5)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("consumer cancelled:", t.cancelled())

asyncio.run(main())
