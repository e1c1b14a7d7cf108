import asyncio
async def main():
    loop = asyncio.get_running_loop()
    fired = []
    hs = [loop.call_later(1 + i * 0.001, fired.append, i) for i in range(150)]
    for h in hs[:120]:
        h.cancel()
    print(hs[0], hs[0].cancelled(), hs[130].when())
    await asyncio.sleep(2)
    print(len(fired), fired[:3])
asyncio.run(main())
