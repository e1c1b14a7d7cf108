# Seed: shared/seeds/003_23a9f6c81f2f78df.txt, "使用 asyncio.timeout() 和 asyncio.wait_for()
# 添加超时", second program. Adapted: the snippet lacks `import asyncio` and relies on
# long_running_operation from the first one. The tutorial then claims TimeoutError is a
# subclass of CancelledError; the last line shows it is not.
import asyncio
async def long_running_operation():
    await asyncio.sleep(10)
    print("Operation finished")
async def main_legacy():
    try:
        await asyncio.wait_for(long_running_operation(), timeout=2)
    except asyncio.TimeoutError:
        print("The operation timed out!")
asyncio.run(main_legacy())
print("TimeoutError subclass of CancelledError:", issubclass(TimeoutError, asyncio.CancelledError))
