# StreamWriter: write_eof/can_write_eof (half-close: the server reads to EOF and still replies),
# get_extra_info for peername/sockname/unknown keys, is_closing, writing bytes-like checks.
import asyncio

async def handle(reader, writer):
    data = await reader.read()
    print("server read", data, "eof:", reader.at_eof())
    peer = writer.get_extra_info("peername")
    print("server sees client host", peer[0])
    writer.write(f"{len(data)} bytes".encode())
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()
    reader, writer = await asyncio.open_connection(host, port)
    print("peer matches server:", writer.get_extra_info("peername") == (host, port))
    print("sockname host:", writer.get_extra_info("sockname")[0])
    print("missing:", writer.get_extra_info("nothing"), writer.get_extra_info("nothing", 42))
    print("can_write_eof:", writer.can_write_eof())
    try:
        writer.write("text")
    except TypeError as e:
        print("TypeError:", e)
    writer.write(b"hello ")
    writer.writelines([b"wor", b"ld"])
    writer.write_eof()
    try:
        writer.write(b"more")
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("reply:", await reader.read())
    print("closing:", writer.is_closing())
    writer.close()
    print("closing:", writer.is_closing())
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
