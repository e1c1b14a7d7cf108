# Flow control over a real socket: a write larger than the write buffer's high-water mark
# pauses the writer until drain() returns, a server reader with a small limit pauses and resumes
# its transport while it catches up, and set_write_buffer_limits checks its arguments.
import asyncio

TOTAL = 16 * 1024 * 1024


async def handle(reader, writer):
    got = 0
    while True:
        data = await reader.read(1 << 20)
        if not data:
            break
        got += len(data)
    print("server got", got, "bytes, at EOF:", reader.at_eof())
    print("server transport reading:", writer.transport.is_reading())
    writer.write(b"done\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, limit=4096)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    transport = writer.transport
    print("limits:", transport.get_write_buffer_limits())
    transport.set_write_buffer_limits(high=8192)
    print("limits:", transport.get_write_buffer_limits())
    transport.set_write_buffer_limits(low=100)
    print("limits:", transport.get_write_buffer_limits())
    for high, low in [(1, 2), (10, -1)]:
        try:
            transport.set_write_buffer_limits(high, low)
        except ValueError as e:
            print("ValueError:", e)
    transport.set_write_buffer_limits(high=8192, low=1024)
    writer.write(b"x" * TOTAL)
    print("buffered past the high-water mark:", transport.get_write_buffer_size() > 8192)
    await writer.drain()
    print("after drain, at most the low-water mark:", transport.get_write_buffer_size() <= 1024)
    writer.write_eof()
    print("reply:", await reader.readline())
    print("then:", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
