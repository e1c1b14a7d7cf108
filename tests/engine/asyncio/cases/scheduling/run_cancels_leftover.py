import asyncio
async def leftover():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("leftover cancelled by asyncio.run at", asyncio.get_running_loop().time())
        raise
async def main():
    print(asyncio.current_task().get_name())
    asyncio.create_task(leftover())
    await asyncio.sleep(1)
    print("main returns")
    return "result"
print(asyncio.run(main()))
try:
    async def nested():
        asyncio.run(asyncio.sleep(0))
    asyncio.run(nested())
except RuntimeError as e:
    print(e)
