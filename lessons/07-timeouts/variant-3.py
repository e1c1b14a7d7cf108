# Variant 3: move the deadline while inside the block. timeout() gives you a
# Timeout object; reschedule() pushes the deadline back.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as deadline:
            for step in range(1, 6):
                await asyncio.sleep(0.8)
                log(f"step {step} done")
                if step < 3:
                    deadline.reschedule(loop.time() + 1)
                    log(f"deadline moved to {deadline.when():.2f}")
    except TimeoutError:
        log(f"timed out, expired={deadline.expired()}")


asyncio.run(main())
