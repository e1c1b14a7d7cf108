# wait(timeout=...) returns whatever is done at the deadline; it does not cancel the pending
# tasks and does not raise TimeoutError.
import asyncio

async def job(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(d), name=f"job-{d}") for d in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks, timeout=1.5)
    print(f"{loop.time():.2f} done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    print("pending cancelled?", any(t.cancelled() for t in pending))
    done, pending = await asyncio.wait(pending, timeout=10)
    print(f"{loop.time():.2f} finished early: pending={len(pending)}")

asyncio.run(main())
