# wait_for(predicate) re-checks the predicate after every wake-up.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    cond = asyncio.Condition()
    state = {"value": 0}

    async def watcher():
        async with cond:
            result = await cond.wait_for(lambda: state["value"] >= 3)
            print(f"{loop.time():.2f} watcher saw value {state['value']} (predicate -> {result})")

    w = asyncio.create_task(watcher())
    for i in range(1, 5):
        await asyncio.sleep(1)
        async with cond:
            state["value"] = i
            print(f"{loop.time():.2f} value = {i}, notify_all")
            cond.notify_all()
    await w

asyncio.run(main())
