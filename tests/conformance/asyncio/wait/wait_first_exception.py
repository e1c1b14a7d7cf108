# FIRST_EXCEPTION returns when a task raises (or when all finished if none raises); wait()
# itself never raises the task's exception.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise OSError(f"{name} broke")
    return name

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job("a", 1), name="a"),
             asyncio.create_task(job("b", 2, fail=True), name="b"),
             asyncio.create_task(job("c", 3), name="c")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"{loop.time():.2f} done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), "->", repr(t.exception()))
    ok = [asyncio.create_task(job("x", 1)), asyncio.create_task(job("y", 2))]
    done, pending = await asyncio.wait(ok, return_when=asyncio.FIRST_EXCEPTION)
    print(f"{loop.time():.2f} no exception: done={len(done)} pending={len(pending)}")

asyncio.run(main())
