// asyncio.StreamReader in C++ (CPython 3.11: Lib/asyncio/streams.py StreamReader): the buffer,
// feed_data/feed_eof, the _wait_for_data waiter and the read coroutines (readline, readuntil,
// read, readexactly, async iteration), so the per-line work of a stream runs no Python.
//
//   Ref<StreamReader> r = stream_reader_new(loop, limit);
//   stream_reader_feed_data(r, "abc\n");   // what StreamReaderProtocol.data_received does
//   stream_reader_feed_eof(r);
//
// The waiter is woken exactly where CPython wakes it (set_result inside feed_data/feed_eof, so the
// reading task resumes one ready-queue hop later), and the transport is paused when the buffer
// exceeds 2 * limit and resumed when a read brings it back to the limit.
#pragma once

#include <string>
#include <string_view>

#include "engine/runtime/object.h"

namespace al {

struct StreamReader : Object {
  std::string buf;  // CPython: _buffer (a bytearray); bytes before `start` are consumed
  size_t start = 0;
  int64_t limit = 0;    // CPython: _limit
  Value loop;           // CPython: _loop
  Value waiter;         // CPython: _waiter (a Future or null)
  Value exception;      // CPython: _exception (null: None)
  Value transport;      // CPython: _transport (null: None)
  bool eof = false;     // CPython: _eof
  bool paused = false;  // CPython: _paused

  explicit StreamReader(Type* t) : Object(t) {}
  size_t size() const { return buf.size() - start; }
  std::string_view data() const { return std::string_view(buf).substr(start); }
};

extern Type* stream_reader_type;  // asyncio.streams.StreamReader

inline constexpr int64_t kStreamDefaultLimit = 1 << 16;  // CPython: streams._DEFAULT_LIMIT

// CPython: StreamReader.feed_data / feed_eof / set_exception.
void stream_reader_feed_data(StreamReader* r, std::string_view data);
void stream_reader_feed_eof(StreamReader* r);
void stream_reader_set_exception(StreamReader* r, Object* exc);

void init_stream_reader_type();

}  // namespace al
