# readexactly: exact sizes, n == 0, a negative n, and IncompleteReadError (an EOFError) with its
# partial bytes, expected size, message and repr when the peer closes early.
import asyncio

async def handle(reader, writer):
    writer.write(b"abcdefgh")
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.readexactly(3))
    print(await reader.readexactly(0))
    try:
        await reader.readexactly(-1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print(isinstance(e, EOFError), e.partial, e.expected)
        print(str(e))
        print(repr(e))
    print(await reader.readexactly(1) if not reader.at_eof() else "at eof")
    print(await reader.read(5))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
