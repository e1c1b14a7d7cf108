# serve_forever in a task, cancelled from main: it closes the server; start_serving=False with a
# later start_serving(); the server as an async context manager.
import asyncio

async def handle(reader, writer):
    writer.write(b"hi\n")
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)
    print("serving:", server.is_serving())
    port = server.sockets[0].getsockname()[1]
    await server.start_serving()
    print("serving:", server.is_serving())
    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" sockets=")[0], "...")
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.readline())
    writer.close()
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("serve_forever cancelled; serving:", server.is_serving())
    async with await asyncio.start_server(handle, "127.0.0.1", 0) as s2:
        print("inside:", s2.is_serving())
    print("after:", s2.is_serving(), s2.sockets)

asyncio.run(main())
