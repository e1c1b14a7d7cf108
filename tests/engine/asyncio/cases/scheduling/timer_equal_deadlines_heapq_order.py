import asyncio
async def main():
    loop = asyncio.get_running_loop()
    order = []
    when = loop.time() + 1
    for i in range(12):
        loop.call_at(when, order.append, i)
    await asyncio.sleep(2)
    print(order)
asyncio.run(main())
