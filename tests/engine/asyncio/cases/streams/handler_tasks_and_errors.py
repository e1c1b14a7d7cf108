# Connection handlers are tasks named in CPython's Task-N sequence (start_server's gather and
# each accept consume numbers too); an exception in a handler goes to the loop's exception
# handler ("Unhandled exception in client_connected_cb") and closes that connection.
import asyncio

def on_error(loop, context):
    print("handler error:", context["message"], repr(context["exception"]))

async def handle(reader, writer):
    line = await reader.readline()
    print("serving", line, "in", asyncio.current_task().get_name())
    if line == b"bad\n":
        raise ValueError("bad request")
    writer.write(b"ok\n")
    await writer.drain()
    writer.close()

async def client(port, text):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(text)
    reply = await reader.read()
    print(asyncio.current_task().get_name(), "got", reply)
    writer.close()
    await writer.wait_closed()

async def main():
    asyncio.get_running_loop().set_exception_handler(on_error)
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    await asyncio.gather(client(port, b"good\n"), client(port, b"bad\n"))
    server.close()
    await server.wait_closed()
    print(asyncio.create_task(asyncio.sleep(0)).get_name())

asyncio.run(main())
