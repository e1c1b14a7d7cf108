# An exception inside the awaited coroutine comes out of wait_for unchanged.
import asyncio

async def broken():
    await asyncio.sleep(0.5)
    raise PermissionError("access denied")

async def main():
    try:
        await asyncio.wait_for(broken(), timeout=2)
    except PermissionError as e:
        print("caught", repr(e), "at", asyncio.get_running_loop().time())

asyncio.run(main())
