# The older style: a loop from new_event_loop driven by run_until_complete, then closed.
import asyncio

async def work(n):
    await asyncio.sleep(n)
    return n * 10

loop = asyncio.new_event_loop()
print(loop.run_until_complete(work(1)))
print(loop.run_until_complete(work(2)))
print(f"{loop.time():.2f}")
loop.close()
print("closed:", loop.is_closed())
try:
    loop.run_until_complete(work(1))
except RuntimeError as e:
    print("RuntimeError:", e)
