// asyncio streams on loopback TCP through the whole engine: the programs of cases/streams
// against CPython 3.11 (cases_streams.inc: stdout and status of tests/conformance/oracle.py;
// regenerate with gen_prims_cases.py), the network sandbox's exact messages, and the I/O events
// the trace records.
#include <catch2/catch.hpp>

#include <regex>
#include <string>

#include "engine/asyncio/net_socket.h"
#include "engine/trace/event.h"
#include "engine/trace/recorder.h"
#include "tests/engine/asyncio/prims_harness.h"

namespace {

const al::test::OracleCase kStreams[] = {
#include "tests/engine/asyncio/cases_streams.inc"
};

const char* const kSandboxTail = " is not allowed (only loopback: 127.0.0.1, ::1, localhost)";

}  // namespace

TEST_CASE("Streams, servers, the aiohttp subset and the demo server match CPython 3.11",
          "[streams]") {
  for (const auto& c : kStreams) {
    DYNAMIC_SECTION(c.name) {
      al::test::check_oracle_case(c);
    }
  }
}

TEST_CASE("The sandbox allows loopback hosts only", "[streams][sandbox]") {
  for (const char* host : {"localhost", "127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"}) {
    CHECK(al::net_is_loopback_host(host));
  }
  for (const char* host : {"93.184.216.34", "0.0.0.0", "::", "10.0.0.1", "example.com",
                           "localhost.example.com", "128.0.0.1", ""}) {
    CHECK_FALSE(al::net_is_loopback_host(host));
  }
  CHECK(al::net_sandbox_message("connecting to", "93.184.216.34", "80") ==
        std::string("awaitlab runs scenarios in a sandbox: connecting to 93.184.216.34:80") +
            kSandboxTail);
  CHECK(al::net_sandbox_message("listening on", "2001:db8::1", "8080") ==
        std::string("awaitlab runs scenarios in a sandbox: listening on [2001:db8::1]:8080") +
            kSandboxTail);
}

TEST_CASE("Scenario code cannot connect or listen beyond loopback", "[streams][sandbox]") {
  const auto r = al::test::run_script(R"(import asyncio
import _awaitlab_socket

async def main():
    for host, port in [("93.184.216.34", 80), ("example.com", 443), ("::2", 80)]:
        try:
            await asyncio.open_connection(host, port)
        except PermissionError as e:
            print(e)
    for host in ["0.0.0.0", None, "", "192.168.1.5", "::", ["127.0.0.1", "10.1.1.1"]]:
        try:
            await asyncio.start_server(lambda r, w: None, host, 8080)
        except PermissionError as e:
            print(e)
    fd = _awaitlab_socket.socket(_awaitlab_socket.AF_INET)
    for call in (_awaitlab_socket.connect, _awaitlab_socket.bind):
        try:
            call(fd, "8.8.8.8", 53)
        except PermissionError as e:
            print(e)
    _awaitlab_socket.close(fd)
    await asyncio.open_connection("1.1.1.1", 80)

asyncio.run(main())
)");
  const std::string head = "awaitlab runs scenarios in a sandbox: ";
  const std::string tail = std::string(kSandboxTail) + "\n";
  CHECK(r.out == head + "connecting to 93.184.216.34:80" + tail +     //
                     head + "connecting to example.com:443" + tail +  //
                     head + "connecting to [::2]:80" + tail +         //
                     head + "listening on 0.0.0.0:8080" + tail +      //
                     head + "listening on 0.0.0.0:8080" + tail +      //
                     head + "listening on 0.0.0.0:8080" + tail +      //
                     head + "listening on 192.168.1.5:8080" + tail +  //
                     head + "listening on [::]:8080" + tail +         //
                     head + "listening on 10.1.1.1:8080" + tail +     //
                     head + "connecting to 8.8.8.8:53" + tail +       //
                     head + "listening on 8.8.8.8:53" + tail);
  CHECK(r.status == 1);
  const std::string last = "PermissionError: " + head + "connecting to 1.1.1.1:80" + tail;
  REQUIRE(r.err.size() >= last.size());
  CHECK(r.err.substr(r.err.size() - last.size()) == last);
}

TEST_CASE("The trace records each socket operation as I/O start and completion",
          "[streams][trace]") {
  al::trace::Recorder rec({.enabled = true, .wall_clock = false});
  const auto r = al::test::run_script(R"(import asyncio

async def handle(reader, writer):
    writer.write(await reader.readline())
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    reader, writer = await asyncio.open_connection("127.0.0.1", server.sockets[0].getsockname()[1])
    writer.write(b"hi\n")
    print(await reader.read())
    writer.close()
    server.close()

asyncio.run(main())
)",
                                      &rec);
  REQUIRE(r.status == 0);
  CHECK(r.out == "b'hi\\n'\n");
  // Ports are the kernel's choice: replace them (and the peer tuples) by PORT.
  const std::regex port(R"((127\.0\.0\.1'?,? ?:?)\d+)");
  std::string io;
  for (uint32_t i = 0; i < rec.size(); ++i) {
    const al::trace::Event& e = rec[i];
    if (e.kind != al::trace::EventKind::IoStart && e.kind != al::trace::EventKind::IoDone) continue;
    std::string line = std::string(al::trace::name(e.kind)) + " " + std::to_string(e.task) + " " +
                       std::string(rec.str(e.obj_label));
    if (e.kind == al::trace::EventKind::IoDone) line += " -> " + std::string(rec.str(e.text));
    io += std::regex_replace(line, port, "$1PORT") + "\n";
  }
  CHECK(io ==
        "io_start 1 connect 127.0.0.1:PORT\n"
        "io_start 0 accept on ('127.0.0.1', PORT)\n"
        "io_done 0 accept on ('127.0.0.1', PORT) -> connection from ('127.0.0.1', PORT)\n"
        "io_done 1 connect 127.0.0.1:PORT -> connected\n"
        "io_start 1 send to ('127.0.0.1', PORT)\n"
        "io_done 1 send to ('127.0.0.1', PORT) -> 3 bytes\n"
        "io_start 0 recv from ('127.0.0.1', PORT)\n"
        "io_done 0 recv from ('127.0.0.1', PORT) -> 3 bytes\n"
        "io_start 4 send to ('127.0.0.1', PORT)\n"
        "io_done 4 send to ('127.0.0.1', PORT) -> 3 bytes\n"
        "io_start 0 recv from ('127.0.0.1', PORT)\n"
        "io_done 0 recv from ('127.0.0.1', PORT) -> 3 bytes\n"
        "io_start 0 EOF from ('127.0.0.1', PORT)\n"
        "io_done 0 EOF from ('127.0.0.1', PORT) -> eof\n");
}
