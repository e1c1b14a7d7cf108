# Variant 1: keep the tasks in a set and give each a done-callback that
# reports its exception and drops the reference. Nothing is lost.
import asyncio

background = set()


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


def finished(task):
    background.discard(task)
    if not task.cancelled() and task.exception() is not None:
        print(f"callback: {task.get_name()} failed: {task.exception()!r}")


async def send_email(to):
    await asyncio.sleep(0.5)
    if to == "bob":
        raise ConnectionError("mail server refused bob")
    log(f"sent to {to}")


async def handle_signup():
    for name in ("ada", "bob", "cy"):
        task = asyncio.create_task(send_email(name), name=f"email-{name}")
        background.add(task)
        task.add_done_callback(finished)
    log("signup handled")


async def main():
    await handle_signup()
    await asyncio.sleep(1)
    log(f"main ends; {len(background)} tasks still running")


asyncio.run(main())
