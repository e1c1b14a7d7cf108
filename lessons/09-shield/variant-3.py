# Variant 3: shield a coroutine directly. shield() wraps it in a task of its
# own (Task-3 here) - the usual one-line form of the pattern.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def save(order):
    log(f"saving {order}...")
    try:
        await asyncio.sleep(2)
    except asyncio.CancelledError:
        log(f"{order} NOT saved")
        raise
    log(f"{order} saved")


async def handle_request(order):
    try:
        await asyncio.shield(save(order))
    except asyncio.CancelledError:
        log("request cancelled while saving; the save goes on")
        raise


async def main():
    request = asyncio.create_task(handle_request("order-42"), name="request")
    await asyncio.sleep(1)
    request.cancel()
    try:
        await request
    except asyncio.CancelledError:
        log("request is cancelled")
    await asyncio.sleep(1.5)
    log("main ends")


asyncio.run(main())
