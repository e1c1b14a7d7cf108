# server.sockets[i] and get_extra_info: TransportSocket family/type/proto (IntEnums as in the
# socket module), the Server repr, and open_connection(None, port) reaching loopback.
import asyncio
async def main():
    s = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    t = s.sockets[0]
    print(t.family, repr(t.family), t.type, t.proto, repr(s).startswith("<Server sockets=(<asyncio.TransportSocket fd="), "family=2, type=1, proto=6, laddr=('127.0.0.1'," in repr(t))
    r, w = await asyncio.open_connection(None, t.getsockname()[1])
    print(w.get_extra_info("peername")[0])
    w.close()
    s.close()
asyncio.run(main())
