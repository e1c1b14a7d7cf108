// asyncio.StreamReader in C++ (engine/asyncio/stream_reader.cpp) without a socket: readline across
// chunk boundaries, the limit (LimitOverrunError, readline's ValueError), EOF
// (IncompleteReadError), set_exception waking a waiting reader, cancelling a waiting readline,
// read(-1) in limit-sized blocks and async iteration. The expected text is what CPython 3.11.7
// prints for the same program.
#include <catch2/catch.hpp>

#include <string>

#include "tests/engine/asyncio/prims_harness.h"

TEST_CASE("StreamReader reads, waits and fails as CPython's does", "[streams][stream_reader]") {
  const auto r = al::test::run_script(R"py(import asyncio

async def main():
    loop = asyncio.get_running_loop()
    # readline across chunk boundaries: the waiter wakes on each feed_data.
    r = asyncio.StreamReader(limit=16)
    async def feed(chunks):
        for c in chunks:
            await asyncio.sleep(0)
            r.feed_data(c)
        r.feed_eof()
    t = asyncio.create_task(feed([b"he", b"llo\nwo", b"rld", b"\n", b"tail"]))
    lines = [await r.readline() for _ in range(4)]
    print(lines, r.at_eof())
    await t
    # limit overrun: readline raises ValueError and drops the line; readuntil keeps the buffer.
    r = asyncio.StreamReader(limit=4)
    r.feed_data(b"abcdefgh\nxy\n")
    try:
        await r.readline()
    except ValueError as e:
        print("ValueError:", e, type(e.__context__).__name__, e.__context__.consumed)
    print(await r.readline())
    r.feed_data(b"123456")
    try:
        await r.readuntil(b"!")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, e.consumed, repr(r))
    # EOF: partial line, IncompleteReadError from readexactly and readuntil.
    r = asyncio.StreamReader()
    r.feed_data(b"part")
    r.feed_eof()
    print(await r.readline(), await r.readline(), r.at_eof())
    r = asyncio.StreamReader()
    r.feed_data(b"abc")
    r.feed_eof()
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
    r = asyncio.StreamReader()
    r.feed_data(b"x;y")
    r.feed_eof()
    try:
        await r.readuntil(b";;")
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
    try:
        r.feed_data(b"more")
    except AssertionError as e:
        print("AssertionError:", e)
    # set_exception wakes a waiting reader with the exception; later reads raise it too.
    r = asyncio.StreamReader()
    waiting = asyncio.create_task(r.readline())
    await asyncio.sleep(0)
    print(repr(r)[:27])
    r.set_exception(ConnectionResetError("gone"))
    try:
        await waiting
    except ConnectionResetError as e:
        print("waiting got:", repr(e))
    for coro in (r.read(3), r.readexactly(1), r.readuntil()):
        try:
            await coro
        except ConnectionResetError as e:
            print("raised:", repr(e))
    print(repr(r.exception()))
    # cancelling a waiting readline clears the waiter; the data stays for the next read.
    r = asyncio.StreamReader()
    waiting = asyncio.create_task(r.readline())
    await asyncio.sleep(0)
    waiting.cancel()
    try:
        await waiting
    except asyncio.CancelledError:
        print("cancelled", r._waiter)
    r.feed_data(b"after\n")
    print(await r.readline())
    # read(-1) collects everything up to EOF in limit-sized blocks; async iteration.
    r = asyncio.StreamReader(limit=3)
    async def feed2():
        for c in (b"a\nbb\n", b"ccc", b"\n"):
            await asyncio.sleep(0)
            r.feed_data(c)
        r.feed_eof()
    t = asyncio.create_task(feed2())
    print([line async for line in r])
    await t
    r = asyncio.StreamReader(limit=3)
    r.feed_data(b"0123456789")
    r.feed_eof()
    print(await r.read(), await r.read(), await r.readexactly(0))
    for bad in (lambda: r.readexactly(-1), lambda: r.readuntil(b"")):
        try:
            await bad()
        except ValueError as e:
            print("ValueError:", e)

asyncio.run(main())
)py");
  CHECK(r.out == R"out([b'hello\n', b'world\n', b'tail', b''] True
ValueError: Separator is found, but chunk is longer than limit LimitOverrunError 8
b'xy\n'
LimitOverrunError: Separator is not found, and chunk exceed the limit 6 <StreamReader 6 bytes limit=4>
b'part' b'' True
IncompleteReadError: 3 bytes read on a total of 5 expected bytes b'abc' 5
IncompleteReadError: 3 bytes read on a total of undefined expected bytes b'x;y' None
AssertionError: feed_data after feed_eof
<StreamReader waiter=<Futur
waiting got: ConnectionResetError('gone')
raised: ConnectionResetError('gone')
raised: ConnectionResetError('gone')
raised: ConnectionResetError('gone')
ConnectionResetError('gone')
cancelled None
b'after\n'
[b'a\n', b'bb\n', b'ccc\n']
b'0123456789' b'' b''
ValueError: readexactly size can not be less than zero
ValueError: Separator should be at least one-byte string
)out");
  CHECK(r.err.empty());
  CHECK(r.status == 0);
}
