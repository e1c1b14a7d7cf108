# Variant 3: give each request 0.35 s. The slow /c request times out, its
# slot is freed early, and the others move up.
import asyncio

LATENCY = {"/a": 0.3, "/b": 0.1, "/c": 0.45, "/d": 0.2, "/e": 0.15}


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def serve(reader, writer):  # the server runs one task per connection
    path = (await reader.readline()).split()[1].decode()  # "GET /a HTTP/1.0"
    while await reader.readline() not in (b"\r\n", b""):  # skip the headers
        pass
    await asyncio.sleep(LATENCY[path])  # pretend to be slow
    body = f"hello from {path}".encode()
    writer.write(f"HTTP/1.0 200 OK\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
    await writer.drain()
    writer.close()


async def fetch(port, path, slots):
    async with slots:
        log("connecting")
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n".encode())
        await writer.drain()
        try:
            async with asyncio.timeout(0.35):
                response = await reader.read()
        except TimeoutError:
            log("timed out")
            return
        finally:
            writer.close()
            await writer.wait_closed()
    head, body = response.split(b"\r\n\r\n", 1)
    log(f"{head.split()[1].decode()} {body.decode()!r}")


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    slots = asyncio.Semaphore(2)
    async with asyncio.TaskGroup() as tg:
        for path in LATENCY:
            tg.create_task(fetch(port, path, slots), name="get" + path.replace("/", "-"))
    server.close()
    await server.wait_closed()
    log(f"all done at {loop.time():.2f}")


asyncio.run(main())
