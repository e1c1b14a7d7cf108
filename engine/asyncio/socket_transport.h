// The socket transport of asyncio's streams in C++ (CPython 3.11: Lib/asyncio/selector_events.py
// _SelectorSocketTransport with its _SelectorTransport and transports._FlowControlMixin bases):
// reading on the loop's reader watcher, write with an immediate send and a write watcher for
// the rest, pause/resume reading, the write buffer's high/low water marks, closing.
//
// The Python side (engine/modules/py/_asyncio_streams.py) builds it with the extra info and the
// socket object: `_net.SocketTransport(loop, sock, fd, protocol, waiter, extra, server, label)`.
// Every callback is scheduled exactly where CPython schedules it (connection_made, the reader
// registration and the waiter through call_soon; connection_lost through call_soon after close),
// so wake-ups land in the same loop pass as in CPython.
//
// When the protocol is exactly asyncio's StreamReaderProtocol (registered with
// socket_transport_set_stream_protocol), data_received's body (`reader.feed_data(data)`) runs
// here without a Python call.
#pragma once

#include <string>

#include "engine/loop/event_loop.h"
#include "engine/runtime/object.h"

namespace al {

struct SocketTransport : Object {
  Ref<EventLoop> loop;  // CPython: _loop (null after connection_lost)
  Value extra;          // CPython: _extra (a dict)
  Value sock;           // CPython: _sock (the _Socket object; null once closed)
  int sock_fd = -1;     // CPython: _sock_fd
  Value protocol;       // CPython: _protocol
  Value server;         // CPython: _server
  std::string buffer;   // CPython: _buffer, the bytes not sent yet
  std::string label;    // the peer, as the trace's I/O events name it
  int64_t high_water = 64 * 1024;
  int64_t low_water = 16 * 1024;
  int conn_lost = 0;  // CPython: _conn_lost
  bool protocol_connected = true;
  bool protocol_paused = false;
  bool closing = false;  // CPython: _closing
  bool paused = false;   // CPython: _paused (reading)
  bool eof = false;      // CPython: _eof (write_eof called)

  explicit SocketTransport(Type* t) : Object(t) {}
};

extern Type* socket_transport_type;  // asyncio.selector_events._SelectorSocketTransport

// _awaitlab_socket.set_stream_protocol(cls): the StreamReaderProtocol class whose data_received
// runs natively.
Value socket_transport_set_stream_protocol(Object* self, Args a);

void init_socket_transport_type();

}  // namespace al
