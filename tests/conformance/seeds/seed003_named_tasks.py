# Seed: shared/seeds/003_23a9f6c81f2f78df.txt, "最佳实践:命名您的任务" and "高级概念".
# Adapted: the tutorial shows create_task(..., name='DataProcessor-123'), current_task(),
# all_tasks() and add_done_callback() in prose only; this program uses them together.
import asyncio
async def process(n):
    await asyncio.sleep(n)
    return asyncio.current_task().get_name()
async def main():
    tasks = [asyncio.create_task(process(n), name=f"DataProcessor-{n}") for n in (1, 2, 3)]
    tasks[0].add_done_callback(lambda t: print(f"callback: {t.get_name()} finished with {t.result()!r}"))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await asyncio.gather(*tasks))
asyncio.run(main())
