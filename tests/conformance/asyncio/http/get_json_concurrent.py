# aiohttp subset against the built-in demo server: three GETs at once with different latencies;
# resp.status, await resp.json(), await resp.text(), all on the virtual clock.
import asyncio
import aiohttp
import awaitlab_demo
from awaitlab_demo import Response

ROUTES = {
    "/users/1": Response(json={"id": 1, "name": "Ada"}, latency=0.3),
    "/users/2": Response(json={"id": 2, "name": "Grace"}, latency=0.1),
    "/motd": Response(text="keep calm and await", latency=0.2),
}

async def fetch(session, base, path):
    loop = asyncio.get_running_loop()
    async with session.get(base + path) as resp:
        if resp.content_type == "application/json":
            body = await resp.json()
        else:
            body = await resp.text()
        print(f"[{loop.time():.2f}] {path}: {resp.status} {body!r}")
        return body

async def main():
    async with awaitlab_demo.http_server(ROUTES) as base:
        async with aiohttp.ClientSession() as session:
            results = await asyncio.gather(*(fetch(session, base, p) for p in ROUTES))
    print(results)
    print(f"done at {asyncio.get_running_loop().time():.2f}")

asyncio.run(main())
