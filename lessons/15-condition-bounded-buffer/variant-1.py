# Variant 1: two consumers, and "if" instead of "while" around wait().
# notify_all() wakes both consumers for one item; the second finds the buffer
# empty again and pops from an empty list. Always re-check in a loop.
import asyncio


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


class Buffer:
    def __init__(self):
        self.items = []
        self.cond = asyncio.Condition()

    async def put(self, item):
        async with self.cond:
            self.items.append(item)
            log(f"put {item} -> {self.items}")
            self.cond.notify_all()

    async def get(self):
        async with self.cond:
            if not self.items:  # BUG: should be while
                log("empty, waiting")
                await self.cond.wait()
            item = self.items.pop(0)
            log(f"got {item} -> {self.items}")
            return item


async def main():
    buf = Buffer()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(buf.get(), name="consumer-1")
            tg.create_task(buf.get(), name="consumer-2")
            await asyncio.sleep(1)
            await buf.put("only item")
    except* IndexError as eg:
        log(f"a consumer crashed: {eg.exceptions}")


asyncio.run(main())
