# sys.exit inside a coroutine under asyncio.run.
import asyncio
import sys
async def main():
    print("checking service")
    await asyncio.sleep(1)
    print("service unavailable")
    sys.exit(2)
asyncio.run(main())
