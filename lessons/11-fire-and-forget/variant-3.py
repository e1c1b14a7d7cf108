# Variant 3: give the tasks an owner. A TaskGroup waits for the emails and
# raises bob's error where main can see it.
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
    async with asyncio.TaskGroup() as tg:
        for name in ("ada", "bob", "cy"):
            tg.create_task(send_email(name), name=f"email-{name}")
    log("signup handled")


async def main():
    try:
        await handle_signup()
    except* ConnectionError as eg:
        log(f"signup failed: {eg.exceptions}")


asyncio.run(main())
