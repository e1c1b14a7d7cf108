# Server.wait_closed() awaited before close(): it returns only once the server is closed and
# its last connection is gone (CPython 3.11's _attach/_detach accounting), on the virtual clock.
import asyncio

async def handle(reader, writer):
    await reader.readline()
    await asyncio.sleep(0.5)
    writer.write(b"bye\n")
    await writer.drain()
    writer.close()
    print(f"[{asyncio.get_running_loop().time():.2f}] handler closed its connection")

async def waiter(server):
    await server.wait_closed()
    print(f"[{asyncio.get_running_loop().time():.2f}] wait_closed returned")

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    w = asyncio.create_task(waiter(server))
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello\n")
    await asyncio.sleep(0.1)
    server.close()
    print(f"[{asyncio.get_running_loop().time():.2f}] server.close() called")
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    await w
    print(f"[{asyncio.get_running_loop().time():.2f}] done")

asyncio.run(main())
