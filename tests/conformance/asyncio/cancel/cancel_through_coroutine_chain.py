# CancelledError is thrown into the innermost awaiting coroutine and unwinds the whole chain,
# running each frame's finally.
import asyncio

async def level3():
    try:
        await asyncio.sleep(10)
    finally:
        print("level3 finally")

async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")

async def level1():
    try:
        await level2()
    finally:
        print("level1 finally")

async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: chain unwound")

asyncio.run(main())
