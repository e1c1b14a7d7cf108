# shield: cancelling the awaiting task raises CancelledError in it, but the shielded inner task
# keeps running to completion.
import asyncio

async def critical():
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.2f} critical work starts")
    await asyncio.sleep(3)
    print(f"{loop.time():.2f} critical work saved")
    return "saved"

async def caller(inner_box):
    loop = asyncio.get_running_loop()
    inner = asyncio.ensure_future(critical())
    inner_box.append(inner)
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print(f"{loop.time():.2f} caller cancelled; inner cancelled? {inner.cancelled()}")
        raise

async def main():
    box = []
    t = asyncio.create_task(caller(box))
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("caller cancelled:", t.cancelled())
    print("inner result:", await box[0])

asyncio.run(main())
