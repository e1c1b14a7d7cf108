# An exception in a plain callback does not stop the loop: the default exception handler
# logs "Exception in callback ..." with the traceback and the loop carries on.
import asyncio

def broken(x):
    print("broken callback runs")
    return 1 / x

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(broken, 0)
    await asyncio.sleep(1)
    print("loop still running")

asyncio.run(main())
