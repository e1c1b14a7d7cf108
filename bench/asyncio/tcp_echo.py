# TCP echo on loopback: a server from asyncio.start_server on 127.0.0.1 (an ephemeral port) and
# 1,000 concurrent clients from asyncio.open_connection, each sending MESSAGES lines and reading
# each echo back. Bounded: every client closes after its last line, then the server closes.
import asyncio
import sys
import time

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
CONNECTIONS = max(1, round(1000 * min(1.0, SCALE * 10)))
MESSAGES = max(1, round(20 * SCALE))


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, messages):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    received = 0
    for i in range(messages):
        writer.write(f"ping {i}\n".encode())
        line = await reader.readline()
        received += len(line)
    writer.close()
    await writer.wait_closed()
    return received


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=CONNECTIONS + 24)
    port = server.sockets[0].getsockname()[1]
    results = await asyncio.gather(*[client(port, MESSAGES) for _ in range(CONNECTIONS)])
    server.close()
    await server.wait_closed()
    return sum(results)


t0 = time.process_time()
result = asyncio.run(main())
t1 = time.process_time()
print(f"checksum: {result}")
print(f"cpu: {t1 - t0:.6f}")
