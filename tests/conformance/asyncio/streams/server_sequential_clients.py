# One server, two clients one after the other; the handler runs as its own task per connection.
import asyncio

async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    print(f"server: hello from {name} in a new task: {asyncio.current_task() is not None}")
    writer.write(f"welcome {name}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, name):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\n".encode())
    await writer.drain()
    print(f"{name} got {(await reader.readline()).decode().strip()!r}")
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await client(port, "alice")
        await client(port, "bob")
    print("server closed")

asyncio.run(main())
