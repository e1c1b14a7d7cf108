# Future.cancel returns True only while pending; a cancelled Future raises CancelledError from
# result(), exception() and await, carrying the message given to cancel(msg).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("cancel:", fut.cancel("no longer needed"))
    print("cancel again:", fut.cancel())
    print("cancelled:", fut.cancelled(), "done:", fut.done())
    for label, action in (("result", fut.result), ("exception", fut.exception)):
        try:
            action()
        except asyncio.CancelledError as e:
            print(label, "raised CancelledError", e.args)
    try:
        await fut
    except asyncio.CancelledError as e:
        print("await raised CancelledError", e.args)
    done = loop.create_future()
    done.set_result(1)
    print("cancel finished future:", done.cancel())

asyncio.run(main())
