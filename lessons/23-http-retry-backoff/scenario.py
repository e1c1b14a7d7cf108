# Retries with exponential backoff: wait 0.1 s, 0.2 s, 0.4 s ... between
# attempts. The local server answers 503 until a path has been asked N times.
import asyncio

SERVICE = {"/flaky": (3, 0.05), "/down": (99, 0.02)}  # (503s before a 200, latency)
calls = {}


def log(msg):
    now = asyncio.get_running_loop().time()
    print(f"[{now:.2f}] {asyncio.current_task().get_name()}: {msg}")


async def serve(reader, writer):
    path = (await reader.readline()).split()[1].decode()
    while await reader.readline() not in (b"\r\n", b""):
        pass
    calls[path] = calls.get(path, 0) + 1
    failures, latency = SERVICE[path]
    await asyncio.sleep(latency)
    status = "503 Service Unavailable" if calls[path] <= failures else "200 OK"
    writer.write(f"HTTP/1.0 {status}\r\n\r\nattempt {calls[path]}".encode())
    writer.close()


async def get(port, path):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.0\r\n\r\n".encode())
    head, body = (await reader.read()).split(b"\r\n\r\n", 1)
    writer.close()
    await writer.wait_closed()
    return int(head.split()[1]), body.decode()


async def get_with_retry(port, path, attempts=4, base=0.1):
    for attempt in range(1, attempts + 1):
        status, body = await get(port, path)
        if status == 200:
            log(f"attempt {attempt}: 200 ({body})")
            return body
        if attempt == attempts:
            raise ConnectionError(f"{path}: still {status} after {attempts} attempts")
        delay = base * 2 ** (attempt - 1)
        log(f"attempt {attempt}: {status}, retrying in {delay:.1f}s")
        await asyncio.sleep(delay)


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    tasks = [asyncio.create_task(get_with_retry(port, p), name="get" + p.replace("/", "-"))
             for p in SERVICE]
    for result in await asyncio.gather(*tasks, return_exceptions=True):
        log(f"result: {result!r}")
    server.close()
    await server.wait_closed()


asyncio.run(main())
