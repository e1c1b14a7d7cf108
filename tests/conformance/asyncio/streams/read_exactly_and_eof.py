# StreamReader.readexactly, read(n) and read() until EOF; IncompleteReadError when the stream
# ends early.
import asyncio

async def handle(reader, writer):
    writer.write(b"HEADER" + b"0123456789" + b"tail")
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.readexactly(6))
    print(await reader.readexactly(10))
    print(await reader.read())
    print("at eof:", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await reader.readexactly(100)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", len(e.partial), "of", e.expected, "bytes")
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
