# POST with json= and data=, the demo server's default endpoints (/echo, /items/ID, /status/CODE,
# a 404), resp.ok, ContentTypeError from json() on text, ClientConnectorError when nothing
# listens.
import asyncio
import aiohttp
import awaitlab_demo

async def main():
    async with awaitlab_demo.http_server() as base:
        async with aiohttp.ClientSession() as session:
            async with session.post(base + "/echo", json={"n": [1, 2.5, None], "ok": True}) as resp:
                print(resp.status, await resp.json())
            async with session.post(base + "/echo", data="plain text") as resp:
                print(resp.status, await resp.json())
            async with session.get(base + "/items/7") as resp:
                print(resp.status, resp.ok, await resp.json())
            async with session.get(base + "/status/500") as resp:
                print(resp.status, resp.reason, resp.ok)
                try:
                    resp.raise_for_status()
                except aiohttp.ClientResponseError as e:
                    print("ClientResponseError", e.status, e.message)
            async with session.get(base + "/nope") as resp:
                print(resp.status, await resp.text())
            async with session.get(base + "/hello") as resp:
                print(await resp.text())
                try:
                    await resp.json()
                except aiohttp.ContentTypeError as e:
                    print("ContentTypeError:", e.message)
            resp = await session.get(base + "/delay/0.25")
            print(resp.status, await resp.json(), f"{asyncio.get_running_loop().time():.2f}")
        port = int(base.rsplit(":", 1)[1])
    async with aiohttp.ClientSession() as session:
        try:
            await session.get(f"http://127.0.0.1:{port}/hello")
        except aiohttp.ClientConnectorError as e:
            print(type(e).__name__, isinstance(e, aiohttp.ClientError), isinstance(e, OSError))
            print(str(e).replace(str(port), "PORT"))

asyncio.run(main())
