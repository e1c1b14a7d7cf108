# iscoroutine / iscoroutinefunction tell coroutine objects and async def functions apart.
import asyncio

async def a():
    return 1

def plain():
    return 1

async def agen():
    yield 1

async def main():
    c = a()
    print("iscoroutine(a()):", asyncio.iscoroutine(c))
    print("iscoroutine(a):", asyncio.iscoroutine(a))
    print("iscoroutinefunction(a):", asyncio.iscoroutinefunction(a))
    print("iscoroutinefunction(plain):", asyncio.iscoroutinefunction(plain))
    print("iscoroutinefunction(agen):", asyncio.iscoroutinefunction(agen))
    t = asyncio.create_task(a())
    print("iscoroutine(task):", asyncio.iscoroutine(t))
    print("isfuture(task):", asyncio.isfuture(t))
    print("iscoroutine(42):", asyncio.iscoroutine(42))
    await c
    await t

asyncio.run(main())
