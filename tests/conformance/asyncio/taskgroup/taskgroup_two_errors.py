# Children that fail in the same pass are all collected into the ExceptionGroup, in the order
# they failed.
import asyncio

async def fail(kind, msg):
    await asyncio.sleep(1)
    raise kind(msg)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError, "bad value"))
            tg.create_task(fail(KeyError, "missing key"))
            tg.create_task(fail(ValueError, "another bad value"))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyErrors:", [repr(e) for e in eg.exceptions])

asyncio.run(main())
