# Variant 2: nobody fails. The async with block ends only when every task
# has finished; the results are read from the task objects.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def worker(delay):
    log(f"sleeping {delay}s")
    await asyncio.sleep(delay)
    log("finished")
    return f"result from {delay}s"


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker(d), name=f"worker-{d}") for d in (1, 2, 3)]
        log("tasks created")
    log("all tasks completed successfully")
    log(f"results: {[t.result() for t in tasks]}")


asyncio.run(main())
