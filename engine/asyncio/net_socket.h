// Network I/O for asyncio's streams: the `_awaitlab_socket` module (non-blocking TCP socket calls
// on fds, the loopback-only sandbox, I/O trace events) and the lazy loading of the streams API
// (engine/modules/py/_asyncio_streams.py) into the asyncio module.
//
//   asyncio_register_streams();   // once at start-up, with asyncio_register()
#pragma once

#include <cstdint>
#include <string>

namespace al {

// The sandbox: scenario code may connect and listen only on loopback.
bool net_is_loopback_host(const std::string& host);
// "awaitlab runs scenarios in a sandbox: connecting to 93.184.216.34:80 is not allowed (only
// loopback: 127.0.0.1, ::1, localhost)"; action is "connecting to" or "listening on".
std::string net_sandbox_message(const std::string& action, const std::string& host,
                                const std::string& port);

// I/O trace events: whether they are recorded; an operation's start (0 when tracing is off)
// and its completion, attributed to the task that started it.
bool active_net_tracing();
uint32_t net_io_start(const std::string& label);
void net_io_done(uint32_t id, const std::string& label, const std::string& result);

void register_net_socket_module();
void asyncio_register_streams();

}  // namespace al
