# conformance: ignore-stderr
# Seed: shared/seeds/000_fb52475fb0d0314a.txt, "调试技巧" item 2, "所有任务完成后再退出".
# Adapted: the helper is run with asyncio.run and a background task. all_tasks() includes the
# task that calls it, so the gather waits for its own caller: a deadlock once the background
# task is done. CPython hangs (the oracle stops it with status 3); awaitlab reports it.
import asyncio

async def background():
    await asyncio.sleep(1)
    print("background done")

# 2. 所有任务完成后再退出
async def wait_all():
    pending = asyncio.all_tasks()
    await asyncio.gather(*pending, return_exceptions=True)

async def main():
    asyncio.create_task(background())
    await wait_all()
    print("never printed")

asyncio.run(main())
