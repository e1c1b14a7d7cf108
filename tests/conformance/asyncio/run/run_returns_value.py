# asyncio.run returns main's return value; each run uses a new loop, but the Task-N counter is
# shared by the whole program, and each run's shutdown (shutdown_asyncgens and
# shutdown_default_executor) runs as two more tasks that take numbers too.
import asyncio

async def main(tag):
    await asyncio.sleep(0.5)
    child = asyncio.create_task(asyncio.sleep(0))
    await child
    return f"{tag}: main={asyncio.current_task().get_name()} child={child.get_name()}"

print(asyncio.run(main("first run")))
print(asyncio.run(main("second run")))
print(asyncio.run(main("third run")))
