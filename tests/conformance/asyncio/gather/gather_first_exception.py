# Without return_exceptions, gather raises the first exception as soon as it happens; the other
# children are not cancelled and keep running.
import asyncio

async def job(name, delay, fail=False):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(delay)
    if fail:
        print(f"{loop.time():.2f} {name} fails")
        raise ValueError(f"{name} failed")
    print(f"{loop.time():.2f} {name} finished")
    return name

async def main():
    loop = asyncio.get_running_loop()
    slow = asyncio.create_task(job("slow", 3))
    try:
        await asyncio.gather(job("fast", 1), job("bad", 2, fail=True), slow)
    except ValueError as e:
        print(f"{loop.time():.2f} gather raised: {e}")
    print("slow cancelled?", slow.cancelled(), "done?", slow.done())
    print("slow result:", await slow)

asyncio.run(main())
