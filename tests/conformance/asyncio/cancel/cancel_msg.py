# cancel(msg): the message travels in the CancelledError raised inside the task and to the first
# awaiter of the task; the task keeps that exception object for one retrieval only, so a later
# result() raises a fresh CancelledError without the message.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inside the task:", e.args)
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting the task:", e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", e.args)

asyncio.run(main())
