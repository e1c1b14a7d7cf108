# The never-retrieved report prints the whole chain of the task's exception.
import asyncio

async def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {text!r}") from e

async def main():
    asyncio.create_task(parse("forty-two"))
    await asyncio.sleep(0.1)
    print("main done")

asyncio.run(main())
