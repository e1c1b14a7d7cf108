# Nested TaskGroups: an error in the inner group becomes an ExceptionGroup child of the outer
# group's ExceptionGroup.
import asyncio

async def fail():
    await asyncio.sleep(1)
    raise ValueError("deep failure")

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail())

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(asyncio.sleep(3))
    except ExceptionGroup as eg:
        print(repr(eg))
        print("leaf:", repr(eg.exceptions[0].exceptions[0]))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
    except* ValueError as eg:
        print("except* ValueError matched through the nesting:", repr(eg))

asyncio.run(main())
