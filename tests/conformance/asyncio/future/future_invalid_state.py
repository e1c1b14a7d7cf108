# InvalidStateError texts: result()/exception() on a pending Future, and setting a Future
# twice or after cancelling it.
import asyncio

def attempt(label, action):
    try:
        action()
        print(label, "-> ok")
    except asyncio.InvalidStateError as e:
        print(label, "-> InvalidStateError:", e)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    attempt("result() pending", fut.result)
    attempt("exception() pending", fut.exception)
    attempt("set_result", lambda: fut.set_result(1))
    attempt("set_result again", lambda: fut.set_result(2))
    attempt("set_exception after result", lambda: fut.set_exception(ValueError("x")))
    other = loop.create_future()
    other.cancel()
    attempt("set_result after cancel", lambda: other.set_result(3))
    failed = loop.create_future()
    failed.set_exception(KeyError("k"))
    attempt("set_result after exception", lambda: failed.set_result(4))
    failed.exception()

asyncio.run(main())
