import asyncio


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return f"{name} ok"


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(fetch("a", 0.1))
            t2 = tg.create_task(fetch("b", 0.2, fail=True), name="task-b")
            t3 = tg.create_task(fetch("c", 0.3))
    except* ValueError as eg:
        for exc in eg.exceptions:
            print(f"caught: {exc!r}")
    except* (TypeError, KeyError):
        print("other errors")
    print(t1.result(), t3.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
