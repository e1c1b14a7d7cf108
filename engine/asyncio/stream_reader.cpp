// asyncio.StreamReader (CPython 3.11: Lib/asyncio/streams.py StreamReader), line for line.
//
// Sections: helpers · the buffer and the waiter · read coroutines · Python type.
#include "engine/asyncio/stream_reader.h"

#include "engine/asyncio/asyncio_state.h"
#include "engine/asyncio/future.h"
#include "engine/asyncio/native_coro.h"
#include "engine/asyncio/primitive_support.h"
#include "engine/runtime/api.h"
#include "engine/runtime/bytes.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Type* stream_reader_type = nullptr;

namespace {

// ---------------------------------------------------------------------------------------------
// 1. Helpers
// ---------------------------------------------------------------------------------------------

StreamReader* as_reader(Object* o) {
  return static_cast<StreamReader*>(o);
}

// The bytes of a bytes object; CPython's bytearray.extend / find messages otherwise.
const std::string& bytes_arg(Object* o, const char* what) {
  if (!is_instance(o, bytes_type)) {
    if (what[0] == 'e') {
      raise(exc::TypeError, "can't extend bytearray with " + tname(o));
    }
    raise(exc::TypeError,
          "argument should be integer or bytes-like object, not '" + tname(o) + "'");
  }
  return static_cast<Bytes*>(o)->data;
}

// Takes the first n buffered bytes (CPython: data = bytes(self._buffer[:n]); del ...[:n]).
Value take(StreamReader* r, size_t n) {
  n = std::min(n, r->size());
  Value out(bytes_from(r->data().substr(0, n)).get());
  r->start += n;
  if (r->start == r->buf.size()) {
    r->buf.clear();
    r->start = 0;
  } else if (r->start > 4096 && r->start * 2 > r->buf.size()) {
    r->buf.erase(0, r->start);
    r->start = 0;
  }
  return out;
}

void clear(StreamReader* r) {
  r->buf.clear();
  r->start = 0;
}

[[noreturn]] void raise_exc(Value e) {
  raise(std::move(e));
}

Value incomplete_read_error(Value partial, Object* expected) {
  return call(aio().IncompleteReadError, {partial.get(), expected});
}

Value limit_overrun_error(const char* message, int64_t consumed) {
  Value m = str_from(message);
  Value c = int_from(consumed);
  return call(aio().LimitOverrunError, {m.get(), c.get()});
}

// ---------------------------------------------------------------------------------------------
// 2. The buffer and the waiter
// ---------------------------------------------------------------------------------------------

void wakeup_waiter(StreamReader* r) {
  Value w = std::move(r->waiter);
  if (!w) return;
  if (is_future(w.get())) {
    auto* f = static_cast<Future*>(w.get());
    if (f->state != FutState::Cancelled) future_set_result(f, None);
  } else if (!fut_cancelled(w.get())) {
    call_method(w.get(), "set_result", {None});
  }
}

// CPython: _maybe_resume_transport.
void maybe_resume_transport(StreamReader* r) {
  if (r->paused && int64_t(r->size()) <= r->limit) {
    r->paused = false;
    call_method(r->transport.get(), "resume_reading", {});
  }
}

// CPython: _wait_for_data's checks and the waiter it parks on (the caller awaits it and clears
// _waiter afterwards, as its `finally` does).
Value start_wait(StreamReader* r, const char* func_name) {
  if (r->waiter) {
    raise(exc::RuntimeError, std::string(func_name) +
                                 "() called while another coroutine is already waiting for "
                                 "incoming data");
  }
  if (r->eof) raise(exc::AssertionError, "_wait_for_data after EOF");
  if (r->paused) {
    r->paused = false;
    call_method(r->transport.get(), "resume_reading", {});
  }
  if (!r->loop) raise(exc::AttributeError, "'NoneType' object has no attribute 'create_future'");
  if (r->loop->type == event_loop_type) {
    r->waiter = Value(future_new(static_cast<EventLoop*>(r->loop.get())).get());
  } else {
    r->waiter = call_method(r->loop.get(), "create_future", {});
  }
  return r->waiter;
}

}  // namespace

void stream_reader_feed_eof(StreamReader* r) {
  r->eof = true;
  wakeup_waiter(r);
}

void stream_reader_set_exception(StreamReader* r, Object* exc) {
  r->exception = Value(exc);
  Value w = std::move(r->waiter);
  if (!w) return;
  if (!fut_cancelled(w.get())) {
    if (is_future(w.get())) {
      future_set_exception(static_cast<Future*>(w.get()), exc);
    } else {
      call_method(w.get(), "set_exception", {exc});
    }
  }
}

void stream_reader_feed_data(StreamReader* r, std::string_view data) {
  if (r->eof) raise(exc::AssertionError, "feed_data after feed_eof");
  if (data.empty()) return;
  r->buf.append(data);
  wakeup_waiter(r);
  // size > 2 * limit, without overflowing for limits near 2**63.
  const int64_t size = int64_t(r->size());
  if (r->transport && !r->paused && size > r->limit && size - r->limit > r->limit) {
    try {
      call_method(r->transport.get(), "pause_reading", {});
    } catch (PyException& e) {
      // The transport cannot be paused: buffer everything and stop trying.
      if (!exception_matches(e.exc.get(), exc::NotImplementedError)) throw;
      r->transport = nullptr;
      return;
    }
    r->paused = true;
  }
}

namespace {

// ---------------------------------------------------------------------------------------------
// 3. Read coroutines
// ---------------------------------------------------------------------------------------------

// `await self._wait_for_data(name)`: the waiter is cleared however the wait ends.
#define AL_WAIT_FOR_DATA(r, name)                \
  do {                                           \
    Value waiter_ = start_wait((r).get(), name); \
    try {                                        \
      co_await await_object(waiter_.get());      \
    } catch (PyException&) {                     \
      (r)->waiter = nullptr;                     \
      throw;                                     \
    }                                            \
    (r)->waiter = nullptr;                       \
  } while (false)

// CPython: readuntil's loop. Returns the separator's index; raises LimitOverrunError or
// IncompleteReadError as CPython does.
Coro readuntil_body(Ref<StreamReader> r, Value separator) {
  const int64_t seplen = length(separator.get());
  if (seplen == 0) raise(exc::ValueError, "Separator should be at least one-byte string");
  if (r->exception) raise_exc(r->exception);
  int64_t offset = 0;
  int64_t isep = -1;
  while (true) {
    const int64_t buflen = int64_t(r->size());
    if (buflen - offset >= seplen) {
      const std::string& sep = bytes_arg(separator.get(), "find");
      const size_t at = r->data().find(sep, size_t(offset));
      if (at != std::string_view::npos) {
        isep = int64_t(at);
        break;
      }
      offset = buflen + 1 - seplen;
      if (offset > r->limit) {
        raise_exc(
            limit_overrun_error("Separator is not found, and chunk exceed the limit", offset));
      }
    }
    if (r->eof) {
      Value chunk(bytes_from(r->data()).get());
      clear(r.get());
      raise_exc(incomplete_read_error(chunk, None));
    }
    AL_WAIT_FOR_DATA(r, "readuntil");
  }
  if (isep > r->limit) {
    raise_exc(limit_overrun_error("Separator is found, but chunk is longer than limit", isep));
  }
  Value chunk = take(r.get(), size_t(isep + seplen));
  maybe_resume_transport(r.get());
  co_return chunk;
}

// CPython: readline: readuntil(b'\n'), whose IncompleteReadError at EOF becomes the partial
// line and whose LimitOverrunError becomes ValueError after dropping the line. The loop is
// readuntil's own, so the partial line needs no exception thrown and caught.
Coro readline_body(Ref<StreamReader> r) {
  if (r->exception) raise_exc(r->exception);
  int64_t offset = 0;
  int64_t isep = -1;
  int64_t consumed = 0;
  Value overrun;
  while (true) {
    const int64_t buflen = int64_t(r->size());
    if (buflen - offset >= 1) {
      const size_t at = r->data().find('\n', size_t(offset));
      if (at != std::string_view::npos) {
        isep = int64_t(at);
        break;
      }
      offset = buflen;
      if (offset > r->limit) {
        consumed = offset;
        overrun = limit_overrun_error("Separator is not found, and chunk exceed the limit", offset);
        break;
      }
    }
    if (r->eof) {
      Value chunk(bytes_from(r->data()).get());
      clear(r.get());
      co_return chunk;
    }
    AL_WAIT_FOR_DATA(r, "readuntil");
  }
  if (!overrun && isep > r->limit) {
    consumed = isep;
    overrun = limit_overrun_error("Separator is found, but chunk is longer than limit", isep);
  }
  if (!overrun) {
    Value chunk = take(r.get(), size_t(isep + 1));
    maybe_resume_transport(r.get());
    co_return chunk;
  }
  if (size_t(consumed) < r->size() && r->data()[size_t(consumed)] == '\n') {
    take(r.get(), size_t(consumed) + 1);
  } else {
    clear(r.get());
  }
  maybe_resume_transport(r.get());
  Tuple* args = as_exception(overrun.get())->args.get();
  Value err = call(exc::ValueError, {args->size ? args->items[0] : None});
  as_exception(err.get())->context = overrun;
  raise_exc(err);
}

// CPython: read(n) for n > 0 (read(-1) repeats it with the limit).
Coro read_body(Ref<StreamReader> r, int64_t n) {
  if (n >= 0) {
    if (!r->size() && !r->eof) AL_WAIT_FOR_DATA(r, "read");
    Value data = take(r.get(), size_t(n));
    maybe_resume_transport(r.get());
    co_return data;
  }
  std::string blocks;
  while (true) {
    if (r->exception) raise_exc(r->exception);
    if (!r->size() && !r->eof) AL_WAIT_FOR_DATA(r, "read");
    Value block = take(r.get(), size_t(r->limit));
    maybe_resume_transport(r.get());
    const std::string& b = static_cast<Bytes*>(block.get())->data;
    if (b.empty()) break;
    blocks += b;
  }
  co_return Value(bytes_from(blocks).get());
}

// CPython: readexactly(n) for n > 0.
Coro readexactly_body(Ref<StreamReader> r, int64_t n) {
  while (int64_t(r->size()) < n) {
    if (r->eof) {
      Value incomplete(bytes_from(r->data()).get());
      clear(r.get());
      Value expected = int_from(n);
      raise_exc(incomplete_read_error(incomplete, expected.get()));
    }
    AL_WAIT_FOR_DATA(r, "readexactly");
  }
  Value data = take(r.get(), size_t(n));
  maybe_resume_transport(r.get());
  co_return data;
}

#undef AL_WAIT_FOR_DATA

// CPython: __anext__: readline(), StopAsyncIteration at b''.
Coro anext_body(Ref<StreamReader> r) {
  Value line = co_await await_coro(readline_body(r), "StreamReader.readline");
  if (static_cast<Bytes*>(line.get())->data.empty())
    raise(new_exception_args(exc::StopAsyncIteration, {}));
  co_return line;
}

// ---------------------------------------------------------------------------------------------
// 4. Python type
// ---------------------------------------------------------------------------------------------

Value reader_py_new(Type* t, Args) {
  return alloc_instance<StreamReader>(t);
}

void reader_py_init(Object* self, Args a) {
  Object* v[2] = {nullptr, nullptr};
  bind_init_args(a, "StreamReader.__init__", {"limit", "loop"}, v);
  StreamReader* r = as_reader(self);
  Value limit = v[0] ? Value(v[0]) : int_from(kStreamDefaultLimit);
  Value zero = int_from(0);
  if (compare_bool(limit.get(), zero.get(), CmpOp::Le)) {
    raise(exc::ValueError, "Limit cannot be <= 0");
  }
  int64_t n = 0;
  if (!int_as_int64(limit.get(), n)) raise(exc::TypeError, "limit must be an int");
  r->limit = n;
  r->loop = (v[1] && v[1] != None) ? Value(v[1]) : Value(asyncio_get_event_loop());
  clear(r);
  r->eof = false;
  r->waiter = nullptr;
  r->exception = nullptr;
  r->transport = nullptr;
  r->paused = false;
}

// CPython: StreamReader.__repr__.
Value reader_repr(Object* self) {
  StreamReader* r = as_reader(self);
  std::string s = "<StreamReader";
  if (r->size()) s += " " + std::to_string(r->size()) + " bytes";
  if (r->eof) s += " eof";
  if (r->limit != kStreamDefaultLimit) s += " limit=" + std::to_string(r->limit);
  if (r->waiter && truthy(r->waiter.get())) s += " waiter=" + repr(r->waiter.get())->s;
  if (r->exception && truthy(r->exception.get())) s += " exception=" + repr(r->exception.get())->s;
  if (r->transport && truthy(r->transport.get())) s += " transport=" + repr(r->transport.get())->s;
  if (r->paused) s += " paused";
  return str_from(s + ">");
}

Value m_exception(Object* self, Args a) {
  check_no_args(a, "exception");
  Object* e = as_reader(self)->exception.get();
  return Value(e ? e : None);
}

Value m_set_exception(Object* self, Args a) {
  check_one_arg(a, "set_exception");
  stream_reader_set_exception(as_reader(self), a[0]);
  return none();
}

Value m_wakeup_waiter(Object* self, Args a) {
  check_no_args(a, "_wakeup_waiter");
  wakeup_waiter(as_reader(self));
  return none();
}

Value m_set_transport(Object* self, Args a) {
  check_one_arg(a, "set_transport");
  StreamReader* r = as_reader(self);
  if (r->transport) raise(exc::AssertionError, "Transport already set");
  r->transport = a[0] == None ? Value() : Value(a[0]);
  return none();
}

Value m_maybe_resume_transport(Object* self, Args a) {
  check_no_args(a, "_maybe_resume_transport");
  maybe_resume_transport(as_reader(self));
  return none();
}

Value m_feed_eof(Object* self, Args a) {
  check_no_args(a, "feed_eof");
  stream_reader_feed_eof(as_reader(self));
  return none();
}

Value m_at_eof(Object* self, Args a) {
  check_no_args(a, "at_eof");
  StreamReader* r = as_reader(self);
  return bool_obj(r->eof && !r->size());
}

Value m_feed_data(Object* self, Args a) {
  check_one_arg(a, "feed_data");
  StreamReader* r = as_reader(self);
  if (r->eof) raise(exc::AssertionError, "feed_data after feed_eof");
  if (!truthy(a[0])) return none();
  stream_reader_feed_data(r, bytes_arg(a[0], "extend"));
  return none();
}

Value m_readline(Object* self, Args a) {
  check_no_args(a, "readline");
  return native_coro(readline_body(Ref<StreamReader>(as_reader(self))), "StreamReader.readline");
}

Value m_readuntil(Object* self, Args a) {
  Object* v[1] = {nullptr};
  bind_args(a, "readuntil", {"separator"}, 0, v);
  Value sep = v[0] ? Value(v[0]) : Value(bytes_from("\n").get());
  return native_coro(readuntil_body(Ref<StreamReader>(as_reader(self)), sep),
                     "StreamReader.readuntil");
}

// The argument checks of read / readexactly run when the coroutine is first resumed.
Coro read_entry(Ref<StreamReader> r, Value nv) {
  if (r->exception) raise_exc(r->exception);
  Value zero = int_from(0);
  if (compare_bool(nv.get(), zero.get(), CmpOp::Eq)) co_return Value(bytes_from("").get());
  int64_t n = -1;
  if (!compare_bool(nv.get(), zero.get(), CmpOp::Lt) && !int_as_int64(nv.get(), n)) {
    raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  co_return co_await await_coro(read_body(r, n), "StreamReader.read");
}

Coro readexactly_entry(Ref<StreamReader> r, Value nv) {
  Value zero = int_from(0);
  if (compare_bool(nv.get(), zero.get(), CmpOp::Lt)) {
    raise(exc::ValueError, "readexactly size can not be less than zero");
  }
  if (r->exception) raise_exc(r->exception);
  if (compare_bool(nv.get(), zero.get(), CmpOp::Eq)) co_return Value(bytes_from("").get());
  int64_t n = 0;
  if (!int_as_int64(nv.get(), n)) {
    raise(exc::TypeError, "'" + tname(nv.get()) + "' object cannot be interpreted as an integer");
  }
  co_return co_await await_coro(readexactly_body(r, n), "StreamReader.readexactly");
}

Value m_read(Object* self, Args a) {
  Object* v[1] = {nullptr};
  bind_args(a, "read", {"n"}, 0, v);
  Value n = v[0] ? Value(v[0]) : int_from(-1);
  return native_coro(read_entry(Ref<StreamReader>(as_reader(self)), n), "StreamReader.read");
}

Value m_readexactly(Object* self, Args a) {
  Object* v[1] = {nullptr};
  bind_args(a, "readexactly", {"n"}, 1, v);
  return native_coro(readexactly_entry(Ref<StreamReader>(as_reader(self)), Value(v[0])),
                     "StreamReader.readexactly");
}

Value m_aiter(Object* self, Args a) {
  check_no_args(a, "__aiter__");
  return Value(self);
}

Value m_anext(Object* self, Args a) {
  check_no_args(a, "__anext__");
  return native_coro(anext_body(Ref<StreamReader>(as_reader(self))), "StreamReader.__anext__");
}

Value or_none(const Value& v) {
  return v ? v : none();
}
Value get_limit(Object* self) {
  return int_from(as_reader(self)->limit);
}
Value get_loop(Object* self) {
  return or_none(as_reader(self)->loop);
}
Value get_waiter(Object* self) {
  return or_none(as_reader(self)->waiter);
}
Value get_exception(Object* self) {
  return or_none(as_reader(self)->exception);
}
Value get_transport(Object* self) {
  return or_none(as_reader(self)->transport);
}
Value get_eof(Object* self) {
  return bool_obj(as_reader(self)->eof);
}
Value get_paused(Object* self) {
  return bool_obj(as_reader(self)->paused);
}

}  // namespace

void init_stream_reader_type() {
  if (stream_reader_type) return;
  Type* t = new_builtin_type("StreamReader", object_type);
  t->module = "asyncio.streams";
  t->dict_offset = with_dict_offset<StreamReader>();
  t->new_instance = reader_py_new;
  t->init = reader_py_init;
  t->repr = reader_repr;
  add_method(t, "exception", m_exception);
  add_method(t, "set_exception", m_set_exception);
  add_method(t, "_wakeup_waiter", m_wakeup_waiter);
  add_method(t, "set_transport", m_set_transport);
  add_method(t, "_maybe_resume_transport", m_maybe_resume_transport);
  add_method(t, "feed_eof", m_feed_eof);
  add_method(t, "at_eof", m_at_eof);
  add_method(t, "feed_data", m_feed_data);
  add_method(t, "readline", m_readline);
  add_method(t, "readuntil", m_readuntil);
  add_method(t, "read", m_read);
  add_method(t, "readexactly", m_readexactly);
  add_method(t, "__aiter__", m_aiter);
  add_method(t, "__anext__", m_anext);
  add_getset(t, "_limit", get_limit);
  add_getset(t, "_loop", get_loop);
  add_getset(t, "_waiter", get_waiter);
  add_getset(t, "_exception", get_exception);
  add_getset(t, "_transport", get_transport);
  add_getset(t, "_eof", get_eof);
  add_getset(t, "_paused", get_paused);
  t->ready();
  stream_reader_type = t;
}

}  // namespace al
