# A retry loop with exponential backoff: the endpoint fails twice with 503, then succeeds;
# raise_for_status raises aiohttp.ClientResponseError (status, message) on each failure.
import asyncio
import aiohttp
import awaitlab_demo
from awaitlab_demo import Response

async def get_with_retry(session, url, attempts=4, base_delay=0.1):
    loop = asyncio.get_running_loop()
    for attempt in range(1, attempts + 1):
        try:
            async with session.get(url) as resp:
                resp.raise_for_status()
                data = await resp.json()
                print(f"[{loop.time():.2f}] attempt {attempt}: ok {data}")
                return data
        except aiohttp.ClientResponseError as e:
            delay = base_delay * 2 ** (attempt - 1)
            print(f"[{loop.time():.2f}] attempt {attempt}: {e.status} {e.message}, retry in {delay}")
            print("  is ClientError:", isinstance(e, aiohttp.ClientError), "| str ends:", str(e).split(", url=")[0])
            await asyncio.sleep(delay)
    raise RuntimeError("gave up")

async def main():
    routes = {"/flaky": Response(json={"value": 42}, fail_first=2, latency=0.05)}
    async with awaitlab_demo.http_server(routes) as base:
        async with aiohttp.ClientSession() as session:
            print(await get_with_retry(session, base + "/flaky"))

asyncio.run(main())
