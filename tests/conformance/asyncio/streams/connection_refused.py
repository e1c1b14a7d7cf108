# Connecting to a port nobody listens on: ConnectionRefusedError with CPython's text, caught and
# then uncaught (the traceback shows only the script's frames).
import asyncio

async def free_port():
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    return port

async def main():
    port = await free_port()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except OSError as e:
        print(type(e).__name__, e.errno, isinstance(e, ConnectionError))
        print(str(e).replace(str(port), "PORT"))
    await asyncio.open_connection("127.0.0.1", 1)

asyncio.run(main())
