# Several clients at once: each handler is its own task (Task-N names as CPython numbers them)
# and sleeps a different time, so replies come back in latency order on the virtual clock.
import asyncio

DELAYS = {"a": 0.3, "b": 0.1, "c": 0.2, "d": 0.1}

async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    me = asyncio.current_task().get_name()
    print(f"[{asyncio.get_running_loop().time():.2f}] {me} serves {name}")
    await asyncio.sleep(DELAYS[name])
    writer.write(f"done {name}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, name):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\n".encode())
    await writer.drain()
    reply = await reader.readline()
    print(f"[{asyncio.get_running_loop().time():.2f}] {asyncio.current_task().get_name()} got {reply!r}")
    writer.close()
    await writer.wait_closed()
    return name

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        results = await asyncio.gather(*(client(port, n) for n in DELAYS))
        print(results)
    print("serving:", server.is_serving(), "sockets:", server.sockets)

asyncio.run(main())
