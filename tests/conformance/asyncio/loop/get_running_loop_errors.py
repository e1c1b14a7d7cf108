# get_running_loop works only while a loop runs; inside a coroutine get_event_loop returns the
# running loop.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)

async def main():
    loop = asyncio.get_running_loop()
    print("same loop:", asyncio.get_event_loop() is loop)
    print("running:", loop.is_running(), "closed:", loop.is_closed())
    return loop

loop = asyncio.run(main())
print("after run: running", loop.is_running(), "closed", loop.is_closed())
