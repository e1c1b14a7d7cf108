# An exception in the body of the async with block cancels the children and is reported in the
# ExceptionGroup together with the children's errors. (The group cancels its children in set
# order, which depends on memory addresses, so the children only record that they were
# cancelled.)
import asyncio

async def child(name, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(name)
        raise

async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1", log))
            tg.create_task(child("c2", log))
            await asyncio.sleep(1)
            raise OSError("body failed")
    except* OSError as eg:
        print("caught", [repr(e) for e in eg.exceptions])
    print(f"{asyncio.get_running_loop().time():.2f} cancelled children: {sorted(log)}")

asyncio.run(main())
