# readuntil with a multi-byte separator, LimitOverrunError (consumed) with a small limit,
# readline's ValueError past the limit, IncompleteReadError at EOF, and async iteration.
import asyncio

async def handle(reader, writer):
    writer.write(b"key=value;;second;;" + b"x" * 20 + b";;tail")
    await writer.drain()
    writer.close()

async def lines(reader, writer):
    writer.writelines([b"one\n", b"two\n", b"three"])
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=10)
    print(await reader.readuntil(b";;"))
    print(await reader.readuntil(b";;"))
    await asyncio.sleep(0.01)
    try:
        await reader.readuntil(b";;")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, e.consumed)
    try:
        await reader.readuntil(b"")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await reader.readline()
    except ValueError as e:
        print("readline ValueError:", e)
    try:
        print(await reader.readuntil(b"!"))
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e.partial, e.expected, e)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

    server = await asyncio.start_server(lines, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    async for line in reader:
        print("line", line)
    print(await reader.readline(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
