# A two-stage pipeline connected by bounded queues, with a sentinel per stage.
import asyncio

async def reader(out):
    for line in ["alpha", "beta", "gamma", "delta"]:
        await out.put(line)
        print(f"{asyncio.get_running_loop().time():.2f} read {line}")
    await out.put(None)

async def transform(inp, out):
    while (item := await inp.get()) is not None:
        await asyncio.sleep(0.5)
        await out.put(item.upper())
    await out.put(None)

async def writer(inp):
    loop = asyncio.get_running_loop()
    while (item := await inp.get()) is not None:
        await asyncio.sleep(0.25)
        print(f"{loop.time():.2f} wrote {item}")

async def main():
    q1 = asyncio.Queue(maxsize=1)
    q2 = asyncio.Queue(maxsize=1)
    await asyncio.gather(reader(q1), transform(q1, q2), writer(q2))

asyncio.run(main())
