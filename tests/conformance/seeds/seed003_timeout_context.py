# Seed: shared/seeds/003_23a9f6c81f2f78df.txt, "使用 asyncio.timeout() 和 asyncio.wait_for()
# 添加超时", first program. Adapted: the snippet lacks `import asyncio`.
import asyncio
async def long_running_operation():
    await asyncio.sleep(10)
    print("Operation finished")
async def main():
    try:
        async with asyncio.timeout(2): # Set a 2-second timeout
            await long_running_operation()
    except TimeoutError:
        print("The operation timed out!")
asyncio.run(main())
