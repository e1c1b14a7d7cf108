# server.close() while a client is still connected: the listening socket goes away (new
# connections are refused) but the open connection keeps working; in 3.11 wait_closed()
# returns at once after close().
import asyncio

async def handle(reader, writer):
    while line := await reader.readline():
        writer.write(b"ok " + line)
        await writer.drain()
    print("handler: client left")
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("serving:", server.is_serving())
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    server.close()
    print("serving after close:", server.is_serving(), server.sockets)
    await server.wait_closed()
    print("wait_closed returned")
    writer.write(b"still here\n")
    await writer.drain()
    print(await reader.readline())
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("new client:", type(e).__name__, e.errno)
    writer.close()
    await writer.wait_closed()
    print("closing:", writer.is_closing())
    await asyncio.sleep(0.01)

asyncio.run(main())
