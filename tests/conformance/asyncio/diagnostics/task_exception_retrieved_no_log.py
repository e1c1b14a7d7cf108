# Once exception() (or result(), or await) has been called, the failed task logs nothing.
import asyncio

async def risky(n):
    raise ValueError(f"failure {n}")

async def main():
    t1 = asyncio.create_task(risky(1))
    t2 = asyncio.create_task(risky(2))
    await asyncio.sleep(0)
    print("t1 exception:", repr(t1.exception()))
    try:
        t2.result()
    except ValueError as e:
        print("t2 result raised", repr(e))

asyncio.run(main())
print("no diagnostics on stderr")
