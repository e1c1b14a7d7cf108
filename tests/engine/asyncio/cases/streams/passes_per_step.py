# How many loop passes each stream step takes: a ticker task prints on every pass (sleep(0))
# while main starts a server, connects, writes, reads and closes; the handler runs as a task.
import asyncio

log = []

async def ticker():
    for i in range(60):
        log.append(f"tick {i}")
        await asyncio.sleep(0)

async def handle(reader, writer):
    log.append(f"handler start in {asyncio.current_task().get_name()}")
    data = await reader.readline()
    log.append(f"handler got {data!r}")
    writer.write(data.upper())
    await writer.drain()
    log.append("handler wrote")
    writer.close()
    await writer.wait_closed()
    log.append("handler closed")

async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    log.append(f"server started, serving={server.is_serving()}")
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    log.append("connected")
    writer.write(b"ping\n")
    await writer.drain()
    log.append("client wrote")
    log.append(f"client got {await reader.readline()!r}")
    log.append(f"client got {await reader.read()!r} at eof={reader.at_eof()}")
    writer.close()
    await writer.wait_closed()
    log.append("client closed")
    server.close()
    await server.wait_closed()
    log.append("server closed")
    await t
    print("\n".join(log))
    print([task.get_name() for task in asyncio.all_tasks()])

asyncio.run(main())
