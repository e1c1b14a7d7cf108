# Port arguments as CPython's loop converts them: a numeric string, None (port 0: refused, or an
# ephemeral port for a server), a float truncated by int(), out-of-range ports (OverflowError
# from the socket call), and a host of the wrong type.
import asyncio

async def main():
    for host, port in [("127.0.0.1", "1"), ("127.0.0.1", None), ("127.0.0.1", 1.5),
                       ("127.0.0.1", 70000), ("127.0.0.1", -1), (12, 80)]:
        try:
            await asyncio.open_connection(host, port)
        except Exception as e:
            print(f"{port!r}:", type(e).__name__, e)
    for port in [None, "0", 70000]:
        try:
            server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", port)
            print(f"{port!r}: serving on", server.sockets[0].getsockname()[0], server.is_serving())
            server.close()
        except Exception as e:
            print(f"{port!r}:", type(e).__name__, e)

asyncio.run(main())
