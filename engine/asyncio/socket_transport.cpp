// asyncio's socket transport (CPython 3.11: Lib/asyncio/selector_events.py
// _SelectorSocketTransport, _SelectorTransport; transports.py _FlowControlMixin), line for line.
//
// Sections: helpers · flow control · reading · writing · closing · Python type.
#include "engine/asyncio/socket_transport.h"

#include <sys/socket.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "engine/asyncio/net_socket.h"
#include "engine/asyncio/stream_reader.h"
#include "engine/runtime/api.h"
#include "engine/runtime/bytes.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/import.h"

namespace al {

Type* socket_transport_type = nullptr;

namespace {

// ---------------------------------------------------------------------------------------------
// 1. Helpers
// ---------------------------------------------------------------------------------------------

constexpr size_t kMaxSize = 256 * 1024;  // CPython: _SelectorTransport.max_size, the recv() size
constexpr int kLogThresholdForConnlostWrites = 5;  // CPython: constants.LOG_THRESHOLD_FOR_...

// asyncio.streams.StreamReaderProtocol, whose data_received runs natively (see the header).
Value g_stream_protocol;

SocketTransport* as_tr(Object* o) {
  return static_cast<SocketTransport*>(o);
}

Value os_error(int err) {
  Value e = int_from(err);
  Value msg = str_from(std::strerror(err));
  return call(exc::OSError, {e.get(), msg.get()});
}

// An operation that completed at once (recv, send): its start and completion in the trace.
void trace_io(const std::string& label, const std::string& result) {
  net_io_done(net_io_start(label), label, result);
}

// The loop, or the AttributeError CPython's `self._loop.name` raises once connection_lost ran.
EventLoop* loop_of(SocketTransport* t, const char* name) {
  if (!t->loop) {
    raise(exc::AttributeError, std::string("'NoneType' object has no attribute '") + name + "'");
  }
  return t->loop.get();
}

void remove_reader(SocketTransport* t) {
  Value fd = int_from(t->sock_fd);
  call_method(loop_of(t, "_remove_reader"), "_remove_reader", {fd.get()});
}

void remove_writer(SocketTransport* t) {
  Value fd = int_from(t->sock_fd);
  call_method(loop_of(t, "_remove_writer"), "_remove_writer", {fd.get()});
}

void add_reader(SocketTransport* t) {
  Value fd = int_from(t->sock_fd);
  Value cb = getattr(t, "_read_ready");
  call_method(loop_of(t, "_add_reader"), "_add_reader", {fd.get(), cb.get()});
}

void call_connection_lost(SocketTransport* t, Object* exc);
void force_close(SocketTransport* t, Object* exc);

// The protocol, or the AttributeError CPython's `self._protocol.name` raises once it is None.
Object* protocol_of(SocketTransport* t, const char* name) {
  if (!t->protocol) {
    raise(exc::AttributeError, std::string("'NoneType' object has no attribute '") + name + "'");
  }
  return t->protocol.get();
}

Value m_call_connection_lost(Object* self, Args a) {
  check_one_arg(a, "_call_connection_lost");
  call_connection_lost(as_tr(self), a[0]);
  return none();
}

void schedule_connection_lost(SocketTransport* t, Object* exc) {
  Value cb = getattr(t, "_call_connection_lost");
  Object* args[1] = {exc ? exc : None};
  loop_of(t, "call_soon")->call_soon(cb.get(), args);
}

// CPython: _fatal_error: non-OSErrors go to the loop's exception handler first.
void fatal_error(SocketTransport* t, Object* exc, const char* message) {
  if (!exception_matches(exc, exc::OSError)) {
    Ref<Dict> ctx = dict_new();
    Value m = str_from(message);
    dict_set_str(ctx.get(), "message", m.get());
    dict_set_str(ctx.get(), "exception", exc);
    dict_set_str(ctx.get(), "transport", t);
    dict_set_str(ctx.get(), "protocol", t->protocol ? t->protocol.get() : None);
    loop_of(t, "call_exception_handler")->call_exception_handler(ctx.get());
  }
  force_close(t, exc);
}

// Protocol callbacks: SystemExit and KeyboardInterrupt propagate, anything else is fatal.
bool protocol_call_failed(SocketTransport* t, PyException& e, const char* message) {
  if (exception_matches(e.exc.get(), exc::SystemExit) ||
      exception_matches(e.exc.get(), exc::KeyboardInterrupt)) {
    return false;
  }
  fatal_error(t, e.exc.get(), message);
  return true;
}

// ---------------------------------------------------------------------------------------------
// 2. Flow control (CPython: transports.py _FlowControlMixin)
// ---------------------------------------------------------------------------------------------

void maybe_pause_protocol(SocketTransport* t) {
  if (int64_t(t->buffer.size()) <= t->high_water) return;
  if (!t->protocol_paused) {
    t->protocol_paused = true;
    try {
      call_method(protocol_of(t, "pause_writing"), "pause_writing", {});
    } catch (PyException& e) {
      if (exception_matches(e.exc.get(), exc::SystemExit) ||
          exception_matches(e.exc.get(), exc::KeyboardInterrupt)) {
        throw;
      }
      Ref<Dict> ctx = dict_new();
      Value m = str_from("protocol.pause_writing() failed");
      dict_set_str(ctx.get(), "message", m.get());
      dict_set_str(ctx.get(), "exception", e.exc.get());
      dict_set_str(ctx.get(), "transport", t);
      dict_set_str(ctx.get(), "protocol", t->protocol ? t->protocol.get() : None);
      loop_of(t, "call_exception_handler")->call_exception_handler(ctx.get());
    }
  }
}

void maybe_resume_protocol(SocketTransport* t) {
  if (t->protocol_paused && int64_t(t->buffer.size()) <= t->low_water) {
    t->protocol_paused = false;
    try {
      call_method(protocol_of(t, "resume_writing"), "resume_writing", {});
    } catch (PyException& e) {
      if (exception_matches(e.exc.get(), exc::SystemExit) ||
          exception_matches(e.exc.get(), exc::KeyboardInterrupt)) {
        throw;
      }
      Ref<Dict> ctx = dict_new();
      Value m = str_from("protocol.resume_writing() failed");
      dict_set_str(ctx.get(), "message", m.get());
      dict_set_str(ctx.get(), "exception", e.exc.get());
      dict_set_str(ctx.get(), "transport", t);
      dict_set_str(ctx.get(), "protocol", t->protocol ? t->protocol.get() : None);
      loop_of(t, "call_exception_handler")->call_exception_handler(ctx.get());
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Reading
// ---------------------------------------------------------------------------------------------

// StreamReaderProtocol.data_received(data) for the exact class: `reader.feed_data(data)`.
bool feed_stream_protocol(Object* protocol, std::string_view data) {
  if (!protocol || !g_stream_protocol || protocol->type != g_stream_protocol.get()) return false;
  Dict* d = instance_dict(protocol, false);
  Object* reader = d ? dict_get_cstr(d, "_stream_reader_wr") : nullptr;
  if (!reader) return false;
  if (reader == None) return true;
  if (reader->type != stream_reader_type) return false;
  stream_reader_feed_data(static_cast<StreamReader*>(reader), data);
  return true;
}

void read_ready__on_eof(SocketTransport* t) {
  Value keep_open;
  try {
    keep_open = call_method(protocol_of(t, "eof_received"), "eof_received", {});
  } catch (PyException& e) {
    if (!protocol_call_failed(t, e, "Fatal error: protocol.eof_received() call failed.")) throw;
    return;
  }
  if (truthy(keep_open.get())) {
    remove_reader(t);
  } else {
    call_method(t, "close", {});
  }
}

// CPython: _read_ready__data_received (and __on_eof at EOF).
Value m_read_ready(Object* self, Args a) {
  check_no_args(a, "_read_ready");
  Ref<SocketTransport> t(as_tr(self));
  if (t->conn_lost) return none();
  // One buffer reused across reads: zeroing 256 KiB per recv() would cost more than the call.
  static std::vector<char> buf(kMaxSize);
  const ssize_t n = ::recv(t->sock_fd, buf.data(), kMaxSize, 0);
  if (n < 0) {
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return none();
    Value err = os_error(errno);
    fatal_error(t.get(), err.get(), "Fatal read error on socket transport");
    return none();
  }
  if (n == 0) {
    if (active_net_tracing()) trace_io("EOF from " + t->label, "eof");
    read_ready__on_eof(t.get());
    return none();
  }
  const std::string_view data(buf.data(), size_t(n));
  if (active_net_tracing()) trace_io("recv from " + t->label, std::to_string(n) + " bytes");
  try {
    if (!feed_stream_protocol(t->protocol.get(), data)) {
      Value bytes(bytes_from(data).get());
      call_method(protocol_of(t.get(), "data_received"), "data_received", {bytes.get()});
    }
  } catch (PyException& e) {
    if (!protocol_call_failed(t.get(), e, "Fatal error: protocol.data_received() call failed.")) {
      throw;
    }
  }
  return none();
}

Value m_pause_reading(Object* self, Args a) {
  check_no_args(a, "pause_reading");
  SocketTransport* t = as_tr(self);
  if (t->closing || t->paused) return none();
  t->paused = true;
  remove_reader(t);
  return none();
}

Value m_resume_reading(Object* self, Args a) {
  check_no_args(a, "resume_reading");
  SocketTransport* t = as_tr(self);
  if (t->closing || !t->paused) return none();
  t->paused = false;
  add_reader(t);
  return none();
}

// CPython: _SelectorSocketTransport._add_reader: registers only while reading.
Value m_add_reader(Object* self, Args a) {
  SocketTransport* t = as_tr(self);
  if (t->closing || t->paused) return none();
  Value f = getattr(loop_of(t, "_add_reader"), "_add_reader");
  return call(f.get(), a.positional());
}

// ---------------------------------------------------------------------------------------------
// 4. Writing
// ---------------------------------------------------------------------------------------------

Value m_write_ready(Object* self, Args a);

void write(SocketTransport* t, Object* data_obj) {
  if (!is_instance(data_obj, bytes_type)) {
    raise(exc::TypeError,
          "data argument must be a bytes-like object, not '" + type_name(data_obj) + "'");
  }
  if (t->eof) raise(exc::RuntimeError, "Cannot call write() after write_eof()");
  std::string_view data = static_cast<Bytes*>(data_obj)->data;
  if (data.empty()) return;
  if (t->conn_lost) {
    if (t->conn_lost >= kLogThresholdForConnlostWrites) {
      Value sys = import_module("sys");
      Value err = getattr(sys.get(), "stderr");
      Value text = str_from("socket.send() raised exception.\n");
      call_method(err.get(), "write", {text.get()});
    }
    t->conn_lost += 1;
    return;
  }
  if (t->buffer.empty()) {
    const ssize_t n = ::send(t->sock_fd, data.data(), data.size(), MSG_NOSIGNAL);
    size_t sent = 0;
    if (n < 0) {
      if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
        Value err = os_error(errno);
        fatal_error(t, err.get(), "Fatal write error on socket transport");
        return;
      }
    } else {
      sent = size_t(n);
    }
    if (active_net_tracing()) trace_io("send to " + t->label, std::to_string(sent) + " bytes");
    if (sent == data.size()) return;
    data = data.substr(sent);
    Value fd = int_from(t->sock_fd);
    Value cb = getattr(t, "_write_ready");
    call_method(loop_of(t, "_add_writer"), "_add_writer", {fd.get(), cb.get()});
  }
  t->buffer.append(data);
  maybe_pause_protocol(t);
}

Value m_write(Object* self, Args a) {
  check_one_arg(a, "write");
  write(as_tr(self), a[0]);
  return none();
}

// CPython 3.11: WriteTransport.writelines: b''.join(list_of_data), then write().
Value m_writelines(Object* self, Args a) {
  check_one_arg(a, "writelines");
  Value empty(bytes_from("").get());
  Value joined = call_method(empty.get(), "join", {a[0]});
  write(as_tr(self), joined.get());
  return none();
}

Value m_write_ready(Object* self, Args a) {
  check_no_args(a, "_write_ready");
  Ref<SocketTransport> t(as_tr(self));
  if (t->conn_lost) return none();
  const ssize_t n = ::send(t->sock_fd, t->buffer.data(), t->buffer.size(), MSG_NOSIGNAL);
  if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) return none();
  if (n < 0) {
    Value err = os_error(errno);
    remove_writer(t.get());
    t->buffer.clear();
    fatal_error(t.get(), err.get(), "Fatal write error on socket transport");
    return none();
  }
  if (n > 0) t->buffer.erase(0, size_t(n));
  maybe_resume_protocol(t.get());
  if (t->buffer.empty()) {
    remove_writer(t.get());
    if (t->closing) {
      call_connection_lost(t.get(), None);
    } else if (t->eof) {
      if (::shutdown(t->sock_fd, SHUT_WR) != 0) raise(os_error(errno));
    }
  }
  return none();
}

Value m_write_eof(Object* self, Args a) {
  check_no_args(a, "write_eof");
  SocketTransport* t = as_tr(self);
  if (t->closing || t->eof) return none();
  t->eof = true;
  if (t->buffer.empty() && ::shutdown(t->sock_fd, SHUT_WR) != 0) raise(os_error(errno));
  return none();
}

// ---------------------------------------------------------------------------------------------
// 5. Closing
// ---------------------------------------------------------------------------------------------

Value m_close(Object* self, Args a) {
  check_no_args(a, "close");
  SocketTransport* t = as_tr(self);
  if (t->closing) return none();
  t->closing = true;
  remove_reader(t);
  if (t->buffer.empty()) {
    t->conn_lost += 1;
    remove_writer(t);
    schedule_connection_lost(t, None);
  }
  return none();
}

void force_close(SocketTransport* t, Object* exc) {
  if (t->conn_lost) return;
  if (!t->buffer.empty()) {
    t->buffer.clear();
    remove_writer(t);
  }
  if (!t->closing) {
    t->closing = true;
    remove_reader(t);
  }
  t->conn_lost += 1;
  schedule_connection_lost(t, exc);
}

Value m_abort(Object* self, Args a) {
  check_no_args(a, "abort");
  force_close(as_tr(self), None);
  return none();
}

Value m_fatal_error(Object* self, Args a) {
  check_positional(a, "_fatal_error", 1, 2);
  const std::string message = a.npos > 1 ? str(a[1])->s : "Fatal error on transport";
  fatal_error(as_tr(self), a[0], message.c_str());
  return none();
}

void call_connection_lost(SocketTransport* t, Object* exc) {
  Ref<SocketTransport> keep(t);
  auto finish = [t] {
    Value sock = std::move(t->sock);
    if (sock) call_method(sock.get(), "close", {});
    t->protocol = nullptr;
    t->loop = nullptr;
    Value server = std::move(t->server);
    if (server && server != None) call_method(server.get(), "_detach", {});
  };
  try {
    if (t->protocol_connected)
      call_method(protocol_of(t, "connection_lost"), "connection_lost", {exc});
  } catch (PyException&) {
    finish();
    throw;
  }
  finish();
}

// ---------------------------------------------------------------------------------------------
// 6. Python type
// ---------------------------------------------------------------------------------------------

Value tr_py_new(Type* t, Args) {
  return alloc_instance<SocketTransport>(t);
}

// SocketTransport(loop, sock, protocol, extra, server, label): the fields CPython's __init__
// sets; the Python side schedules connection_made, the reader and the waiter.
void tr_py_init(Object* self, Args a) {
  no_kwargs(a, "SocketTransport");
  if (a.npos != 6) raise(exc::TypeError, "SocketTransport() takes 6 arguments");
  if (a[0]->type != event_loop_type)
    raise(exc::TypeError, "SocketTransport() needs the event loop");
  SocketTransport* t = as_tr(self);
  t->loop = Ref<EventLoop>(static_cast<EventLoop*>(a[0]));
  t->sock = Value(a[1]);
  Value fd = call_method(a[1], "fileno", {});
  int64_t n = -1;
  int_as_int64(fd.get(), n);
  t->sock_fd = int(n);
  t->protocol = Value(a[2]);
  t->extra = Value(a[3]);
  t->server = Value(a[4]);
  t->label = str(a[5])->s;
}

// CPython: _SelectorTransport.__repr__ (the socket transport shows no polling state here).
Value tr_repr(Object* self) {
  SocketTransport* t = as_tr(self);
  std::string s = "<_SelectorSocketTransport";
  if (!t->sock) {
    s += " closed";
  } else if (t->closing) {
    s += " closing";
  }
  return str_from(s + " fd=" + std::to_string(t->sock_fd) + ">");
}

Value m_get_extra_info(Object* self, Args a) {
  Object* v[2] = {nullptr, nullptr};
  bind_args(a, "get_extra_info", {"name", "default"}, 1, v);
  Value dflt = v[1] ? Value(v[1]) : none();
  Object* extra = as_tr(self)->extra.get();
  if (!extra) {
    raise(exc::AttributeError, "'_SelectorSocketTransport' object has no attribute '_extra'");
  }
  return call_method(extra, "get", {v[0], dflt.get()});
}

Value m_get_protocol(Object* self, Args a) {
  check_no_args(a, "get_protocol");
  Object* p = as_tr(self)->protocol.get();
  return Value(p ? p : None);
}

Value m_set_protocol(Object* self, Args a) {
  check_one_arg(a, "set_protocol");
  as_tr(self)->protocol = Value(a[0]);
  as_tr(self)->protocol_connected = true;
  return none();
}

Value m_is_closing(Object* self, Args a) {
  check_no_args(a, "is_closing");
  return bool_obj(as_tr(self)->closing);
}

Value m_is_reading(Object* self, Args a) {
  check_no_args(a, "is_reading");
  return bool_obj(!as_tr(self)->closing && !as_tr(self)->paused);
}

Value m_get_write_buffer_size(Object* self, Args a) {
  check_no_args(a, "get_write_buffer_size");
  return int_from(int64_t(as_tr(self)->buffer.size()));
}

Value m_get_write_buffer_limits(Object* self, Args a) {
  check_no_args(a, "get_write_buffer_limits");
  Value lo = int_from(as_tr(self)->low_water);
  Value hi = int_from(as_tr(self)->high_water);
  return Value(tuple_from({lo.get(), hi.get()}));
}

Value m_can_write_eof(Object*, Args a) {
  check_no_args(a, "can_write_eof");
  return bool_obj(true);
}

// CPython: _FlowControlMixin.set_write_buffer_limits(high=None, low=None).
Value m_set_write_buffer_limits(Object* self, Args a) {
  Object* v[2] = {nullptr, nullptr};
  bind_args(a, "set_write_buffer_limits", {"high", "low"}, 0, v);
  Value high = v[0] ? Value(v[0]) : none();
  Value low = v[1] ? Value(v[1]) : none();
  if (high == None) {
    Value four = int_from(4);
    high = low == None ? int_from(64 * 1024) : binary_op(four.get(), low.get(), BinOp::Mul);
  }
  if (low == None) {
    Value four = int_from(4);
    low = binary_op(high.get(), four.get(), BinOp::FloorDiv);
  }
  Value zero = int_from(0);
  if (!compare_bool(high.get(), low.get(), CmpOp::Ge) ||
      !compare_bool(low.get(), zero.get(), CmpOp::Ge)) {
    raise(exc::ValueError, "high (" + repr(high.get())->s + ") must be >= low (" +
                               repr(low.get())->s + ") must be >= 0");
  }
  SocketTransport* t = as_tr(self);
  if (!int_as_int64(high.get(), t->high_water) || !int_as_int64(low.get(), t->low_water)) {
    raise(exc::OverflowError, "write buffer limits out of range");
  }
  maybe_pause_protocol(t);
  return none();
}

Value get_closing(Object* self) {
  return bool_obj(as_tr(self)->closing);
}

}  // namespace

Value socket_transport_set_stream_protocol(Object*, Args a) {
  check_one_arg(a, "set_stream_protocol");
  g_stream_protocol = Value(a[0]);
  return none();
}

void init_socket_transport_type() {
  if (socket_transport_type) return;
  Type* t = new_builtin_type("_SelectorSocketTransport", object_type);
  t->module = "asyncio.selector_events";
  t->dict_offset = with_dict_offset<SocketTransport>();
  t->new_instance = tr_py_new;
  t->init = tr_py_init;
  t->repr = tr_repr;
  add_method(t, "get_extra_info", m_get_extra_info);
  add_method(t, "get_protocol", m_get_protocol);
  add_method(t, "set_protocol", m_set_protocol);
  add_method(t, "is_closing", m_is_closing);
  add_method(t, "is_reading", m_is_reading);
  add_method(t, "pause_reading", m_pause_reading);
  add_method(t, "resume_reading", m_resume_reading);
  add_method(t, "get_write_buffer_size", m_get_write_buffer_size);
  add_method(t, "get_write_buffer_limits", m_get_write_buffer_limits);
  add_method(t, "set_write_buffer_limits", m_set_write_buffer_limits);
  add_method(t, "_add_reader", m_add_reader);
  add_method(t, "_read_ready", m_read_ready);
  add_method(t, "write", m_write);
  add_method(t, "writelines", m_writelines);
  add_method(t, "_write_ready", m_write_ready);
  add_method(t, "write_eof", m_write_eof);
  add_method(t, "can_write_eof", m_can_write_eof);
  add_method(t, "close", m_close);
  add_method(t, "abort", m_abort);
  add_method(t, "_fatal_error", m_fatal_error);
  add_method(t, "_call_connection_lost", m_call_connection_lost);
  add_getset(t, "_closing", get_closing);
  t->ready();
  socket_transport_type = t;
}

}  // namespace al
