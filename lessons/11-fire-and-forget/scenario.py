# Fire-and-forget: tasks nobody awaits. Their results are dropped and their
# exceptions are lost - CPython only logs them when the task is destroyed.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def send_email(to):
    await asyncio.sleep(0.5)
    if to == "bob":
        raise ConnectionError("mail server refused bob")
    log(f"sent to {to}")


async def handle_signup():
    for name in ("ada", "bob", "cy"):
        asyncio.create_task(send_email(name), name=f"email-{name}")
    log("signup handled")


async def main():
    await handle_signup()
    await asyncio.sleep(1)
    log("main ends; nobody saw bob's error")


asyncio.run(main())
