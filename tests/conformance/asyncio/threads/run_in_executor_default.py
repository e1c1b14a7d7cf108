# loop.run_in_executor(None, func, *args) runs func in the default thread pool and returns an
# asyncio Future.
import asyncio
import time

def compute(n):
    time.sleep(0.5)
    return sum(i * i for i in range(n))

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, compute, 10)
    print("isfuture:", asyncio.isfuture(fut), "done:", fut.done())
    value = await fut
    print(f"{loop.time():.2f} result {value}")
    results = await asyncio.gather(*(loop.run_in_executor(None, compute, n) for n in (3, 4, 5)))
    print(f"{loop.time():.2f} results {results}")

asyncio.run(main())
