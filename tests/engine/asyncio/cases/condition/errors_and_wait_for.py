# RuntimeError texts, wait_for with a predicate (its final value is returned), a shared lock.
import asyncio

async def main():
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print("RuntimeError:", e)

    box = []
    async def consumer():
        async with cond:
            got = await cond.wait_for(lambda: len(box) >= 3 and list(box))
            print("consumer got", got)

    async def producer():
        for i in range(4):
            await asyncio.sleep(0.1)
            async with cond:
                box.append(i)
                print("produced", i)
                cond.notify()

    await asyncio.gather(consumer(), producer())

    lock = asyncio.Lock()
    c1 = asyncio.Condition(lock)
    c2 = asyncio.Condition(lock=lock)
    async with c1:
        print("c2 locked through the shared lock:", c2.locked(), lock.locked())
    print("after:", c2.locked())
    print(await cond.wait_for(lambda: "already true"))
    try:
        asyncio.Condition(1, 2)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
