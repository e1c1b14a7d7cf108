# Graceful shutdown without signals: a stop Event tells the workers to finish their current
# unit of work; a shielded flush runs to completion.
import asyncio

async def worker(name, stop):
    loop = asyncio.get_running_loop()
    units = 0
    while not stop.is_set():
        await asyncio.sleep(0.75)
        units += 1
    print(f"{loop.time():.2f} {name} stopped after {units} units")
    return units

async def flush():
    await asyncio.sleep(1)
    print(f"{asyncio.get_running_loop().time():.2f} buffers flushed")

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    workers = [asyncio.create_task(worker(f"w{i}", stop)) for i in range(2)]
    loop.call_later(2, stop.set)
    done, pending = await asyncio.wait(workers, timeout=5)
    print("finished in time:", len(done), "still running:", len(pending))
    await asyncio.shield(flush())
    print("total units:", sum(t.result() for t in workers))

asyncio.run(main())
