# Failed tasks kept in a list until main returns are reported when the list is freed; CPython
# frees a list's items from the last to the first, so Task-3 is reported before Task-2.
import asyncio

async def fail(n):
    raise ValueError(n)

async def main():
    tasks = [asyncio.create_task(fail(i)) for i in range(2)]
    await asyncio.sleep(1)
    print("main returns, the tasks are still in the list")

asyncio.run(main())
print("after asyncio.run")
