import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f, f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.set_exception(ValueError("boom"))
    print(f, repr(f.exception()))
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    g = loop.create_future()
    print(g.cancel("why"), g.cancel(), g)
    try:
        await g
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    h = loop.create_future()
    cb = lambda fut: print("cb")
    h.add_done_callback(cb)
    h.add_done_callback(cb)
    print(h.remove_done_callback(cb))
    h.set_result(None)
    await asyncio.sleep(0)
    print(asyncio.isfuture(h), asyncio.iscoroutine(main()), asyncio.iscoroutinefunction(main))
asyncio.run(main())
