# TaskGroup errors reach the top as an ExceptionGroup; except* handles one kind.
import asyncio
async def fetch(n):
    await asyncio.sleep(n * 0.1)
    if n == 2:
        raise ConnectionError(f"server {n} unreachable")
    if n == 3:
        raise TimeoutError(f"server {n} too slow")
    return n
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 4):
                tg.create_task(fetch(n))
    except* ConnectionError as eg:
        print("connection problems:", [str(e) for e in eg.exceptions])
asyncio.run(main())
