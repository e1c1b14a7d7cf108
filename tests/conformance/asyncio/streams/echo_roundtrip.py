# A TCP echo server and client on loopback with start_server/open_connection: the client sends
# lines and reads each echo back before sending the next.
import asyncio

async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(b"echo: " + line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    print("server: client disconnected")

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for word in ("hello", "asyncio", "streams"):
        writer.write(word.encode() + b"\n")
        await writer.drain()
        reply = await reader.readline()
        print("client got", reply)
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.1)
    server.close()
    await server.wait_closed()
    print("server closed")

asyncio.run(main())
