# run_once runs only the callbacks that were ready when the pass began: callbacks scheduled
# during a pass (by call_soon from inside a callback) run in the next pass, after the others.
import asyncio

def step(name, depth, loop):
    print(f"{loop.time():.2f} {name} depth {depth}")
    if depth < 2:
        loop.call_soon(step, name, depth + 1, loop)

async def main():
    loop = asyncio.get_running_loop()
    for name in ["A", "B", "C"]:
        loop.call_soon(step, name, 0, loop)
    await asyncio.sleep(0.1)
    print(f"{loop.time():.2f} main resumes")

asyncio.run(main())
