# aiohttp subset + awaitlab_demo: concurrent GETs with latencies on the virtual clock and a
# retry with backoff over a fail_first endpoint.
import asyncio
import aiohttp
import awaitlab_demo
from awaitlab_demo import Response

async def main():
    loop = asyncio.get_running_loop()
    routes = {"/a": Response(json={"a": 1}, latency=0.2), "/b": Response(text="bee", latency=0.1),
              "/flaky": Response(json=[1, 2], fail_first=1)}
    async with awaitlab_demo.http_server(routes) as base:
        async with aiohttp.ClientSession(base) as session:
            async def get(path):
                async with session.get(path) as resp:
                    body = await (resp.json() if resp.content_type == "application/json" else resp.text())
                    print(f"[{loop.time():.2f}] {path} {resp.status} {body!r}")
            await asyncio.gather(get("/a"), get("/b"))
            for attempt in range(3):
                try:
                    async with session.get("/flaky", raise_for_status=True) as resp:
                        print(f"[{loop.time():.2f}] flaky ok", await resp.json())
                        break
                except aiohttp.ClientResponseError as e:
                    print(f"[{loop.time():.2f}] flaky failed: {e.status} {e.message}")
                    await asyncio.sleep(0.5)

asyncio.run(main())
