# Barrier: the last party releases the others; wait() returns each task's index; the barrier is
# reusable for further rounds; n_waiting, parties, broken and the repr's bracket.
import asyncio

def st(b):
    return repr(b).split("[")[1][:-2]

async def party(name, b, delay, log):
    for rnd in range(2):
        await asyncio.sleep(delay)
        log.append(f"{name} arrives (round {rnd}, {st(b)})")
        idx = await b.wait()
        log.append(f"{name} passes round {rnd} with index {idx} ({st(b)})")

async def main():
    b = asyncio.Barrier(3)
    print(st(b), b.parties, b.n_waiting, b.broken)
    log = []
    await asyncio.gather(*(party(n, b, d, log) for n, d in (("a", 0.3), ("b", 0.1), ("c", 0.2))))
    print("\n".join(log))
    print(st(b))
    async with asyncio.Barrier(1) as i:
        print("single party index:", i)
    for bad in (0, -2):
        try:
            asyncio.Barrier(bad)
        except ValueError as e:
            print("ValueError:", e)

asyncio.run(main())
