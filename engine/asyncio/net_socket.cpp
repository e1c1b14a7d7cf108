// `_awaitlab_socket`: the socket calls asyncio's streams make (CPython: Modules/socketmodule.c,
// the subset Lib/asyncio/selector_events.py uses), on non-blocking TCP sockets identified by
// their fd, plus the network sandbox and the I/O trace events.
//
// Sections: sandbox · addresses · socket calls · tracing · module.
//
// Connecting, accepting and serving (engine/modules/py/_asyncio_streams.py) follow CPython's
// selector_events: readiness comes from loop.add_reader/add_writer (engine/loop/io_watchers.cpp),
// so each call here is one non-blocking system call, as CPython's sock.accept/connect are. The
// module also carries the C++ StreamReader (stream_reader.h) and socket transport
// (socket_transport.h), which make recv/send themselves.
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>
#include <string>

#include "engine/asyncio/asyncio_state.h"
#include "engine/asyncio/net_socket.h"
#include "engine/asyncio/socket_transport.h"
#include "engine/asyncio/stream_reader.h"
#include "engine/asyncio/tracing.h"
#include "engine/loop/loop_trace.h"
#include "engine/modules/native_modules.h"
#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/list.h"
#include "engine/runtime/module.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

// ---------------------------------------------------------------------------------------------
// 1. Sandbox
// ---------------------------------------------------------------------------------------------

bool net_is_loopback_host(const std::string& host) {
  if (host == "localhost") return true;
  in_addr v4{};
  if (inet_pton(AF_INET, host.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  in6_addr v6{};
  if (inet_pton(AF_INET6, host.c_str(), &v6) == 1) {
    if (IN6_IS_ADDR_LOOPBACK(&v6)) return true;
    return IN6_IS_ADDR_V4MAPPED(&v6) && v6.s6_addr[12] == 127;
  }
  return false;
}

std::string net_sandbox_message(const std::string& action, const std::string& host,
                                const std::string& port) {
  const std::string where = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  return "awaitlab runs scenarios in a sandbox: " + action + " " + where + ":" + port +
         " is not allowed (only loopback: 127.0.0.1, ::1, localhost)";
}

namespace {

std::string port_text(Object* port) {
  if (port == None) return "None";
  if (is_instance(port, str_type)) return static_cast<Str*>(port)->s;
  return str(port)->s;
}

std::string host_text(Object* host) {
  if (host == None) return "0.0.0.0";
  if (is_instance(host, str_type)) {
    const std::string& h = static_cast<Str*>(host)->s;
    return h.empty() ? "0.0.0.0" : h;
  }
  return str(host)->s;
}

[[noreturn]] void raise_sandbox(const std::string& action, const std::string& host,
                                const std::string& port) {
  raise(exc::PermissionError, net_sandbox_message(action, host, port));
}

// check_loopback(action, host, port): PermissionError unless host is a loopback name or address.
Value m_check_loopback(Object*, Args a) {
  no_kwargs(a, "check_loopback");
  if (a.npos != 3) raise(exc::TypeError, "check_loopback() takes 3 arguments");
  const std::string action = str(a[0])->s;
  const std::string host = host_text(a[1]);
  // getaddrinfo(None, port) without AI_PASSIVE is the loopback address: allowed for connecting.
  if (a[1] == None && action == "connecting to") return none();
  // Other types fail in name resolution with CPython's TypeError, before any socket exists.
  if (a[1] != None && !is_instance(a[1], str_type)) return none();
  if (a[1] == None || !is_instance(a[1], str_type) || !net_is_loopback_host(host)) {
    raise_sandbox(action, host, port_text(a[2]));
  }
  return none();
}

// ---------------------------------------------------------------------------------------------
// 2. Addresses
// ---------------------------------------------------------------------------------------------

[[noreturn]] void raise_errno(int err) {
  Value e = int_from(err);
  Value msg = str_from(std::strerror(err));
  raise(call(exc::OSError, {e.get(), msg.get()}));
}

int arg_int(Object* o, const char* what) {
  int64_t n;
  if (!is_instance(o, int_type)) {
    raise(exc::TypeError, std::string(what) + " must be an int, not " + type_name(o));
  }
  if (!int_as_int64(o, n) || n > INT32_MAX || n < INT32_MIN) {
    raise(exc::OverflowError, std::string(what) + " is out of range");
  }
  return int(n);
}

// CPython's socket address tuples: (host, port) for AF_INET, (host, port, flowinfo, scope_id)
// for AF_INET6.
Value addr_tuple(const sockaddr_storage& ss) {
  char buf[INET6_ADDRSTRLEN] = {};
  if (ss.ss_family == AF_INET6) {
    const auto* s6 = reinterpret_cast<const sockaddr_in6*>(&ss);
    inet_ntop(AF_INET6, &s6->sin6_addr, buf, sizeof buf);
    Value h = str_from(buf);
    Value p = int_from(ntohs(s6->sin6_port));
    Value f = int_from(ntohl(s6->sin6_flowinfo));
    Value s = int_from(s6->sin6_scope_id);
    return Value(tuple_from({h.get(), p.get(), f.get(), s.get()}));
  }
  const auto* s4 = reinterpret_cast<const sockaddr_in*>(&ss);
  inet_ntop(AF_INET, &s4->sin_addr, buf, sizeof buf);
  Value h = str_from(buf);
  Value p = int_from(ntohs(s4->sin_port));
  return Value(tuple_from({h.get(), p.get()}));
}

// A numeric address for bind/connect; PermissionError (the sandbox) for anything but loopback.
socklen_t make_addr(const std::string& host, int port, sockaddr_storage& ss, const char* action) {
  if (port < 0 || port > 65535) {
    // CPython: Modules/socketmodule.c getsockaddrarg.
    raise(exc::OverflowError,
          std::string(action[0] == 'c' ? "connect" : "bind") + "(): port must be 0-65535.");
  }
  std::memset(&ss, 0, sizeof ss);
  auto* s4 = reinterpret_cast<sockaddr_in*>(&ss);
  auto* s6 = reinterpret_cast<sockaddr_in6*>(&ss);
  if (inet_pton(AF_INET, host.c_str(), &s4->sin_addr) == 1) {
    if (!net_is_loopback_host(host)) raise_sandbox(action, host, std::to_string(port));
    s4->sin_family = AF_INET;
    s4->sin_port = htons(uint16_t(port));
    return sizeof(sockaddr_in);
  }
  if (inet_pton(AF_INET6, host.c_str(), &s6->sin6_addr) == 1) {
    if (!net_is_loopback_host(host)) raise_sandbox(action, host, std::to_string(port));
    s6->sin6_family = AF_INET6;
    s6->sin6_port = htons(uint16_t(port));
    return sizeof(sockaddr_in6);
  }
  raise_sandbox(action, host, std::to_string(port));
}

// resolve(host, port, passive) -> [(family, address), ...]: getaddrinfo for SOCK_STREAM on a
// loopback name or None, in CPython's loop.getaddrinfo order (the sandbox has been checked).
Value m_resolve(Object*, Args a) {
  no_kwargs(a, "resolve");
  if (a.npos != 3) raise(exc::TypeError, "resolve() takes 3 arguments");
  const bool any_host = a[0] == None;
  const std::string host = any_host ? std::string() : str(a[0])->s;
  const std::string port = is_instance(a[1], str_type) ? static_cast<Str*>(a[1])->s
                                                       : std::to_string(arg_int(a[1], "port"));
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = truthy(a[2]) ? AI_PASSIVE : 0;
  addrinfo* res = nullptr;
  if (int rc = getaddrinfo(any_host ? nullptr : host.c_str(), port.c_str(), &hints, &res);
      rc != 0) {
    Value e = int_from(rc);
    Value msg = str_from(gai_strerror(rc));
    raise(call(exc::OSError, {e.get(), msg.get()}));
  }
  Ref<List> out = list_new();
  for (addrinfo* p = res; p; p = p->ai_next) {
    if (p->ai_family != AF_INET && p->ai_family != AF_INET6) continue;
    sockaddr_storage ss{};
    std::memcpy(&ss, p->ai_addr, p->ai_addrlen);
    Value addr = addr_tuple(ss);
    Value fam = int_from(p->ai_family);
    Value item = Value(tuple_from({fam.get(), addr.get()}));
    list_append(out.get(), item.get());
  }
  freeaddrinfo(res);
  return Value(out.get());
}

// ---------------------------------------------------------------------------------------------
// 3. Socket calls
// ---------------------------------------------------------------------------------------------

Value m_socket(Object*, Args a) {
  check_one_arg(a, "socket");
  const int family = arg_int(a[0], "family");
  const int fd = ::socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_TCP);
  if (fd < 0) raise_errno(errno);
  return int_from(fd);
}

// connect(fd, host, port) -> 0 when connected, EINPROGRESS while the handshake runs.
Value m_connect(Object*, Args a) {
  no_kwargs(a, "connect");
  if (a.npos != 3) raise(exc::TypeError, "connect() takes 3 arguments");
  const int fd = arg_int(a[0], "fd");
  sockaddr_storage ss;
  const socklen_t len = make_addr(str(a[1])->s, arg_int(a[2], "port"), ss, "connecting to");
  if (::connect(fd, reinterpret_cast<sockaddr*>(&ss), len) == 0) return int_from(0);
  if (errno == EINPROGRESS || errno == EAGAIN) return int_from(EINPROGRESS);
  raise_errno(errno);
}

Value m_so_error(Object*, Args a) {
  check_one_arg(a, "so_error");
  int err = 0;
  socklen_t len = sizeof err;
  if (getsockopt(arg_int(a[0], "fd"), SOL_SOCKET, SO_ERROR, &err, &len) != 0) raise_errno(errno);
  return int_from(err);
}

// bind(fd, host, port): SO_REUSEADDR first, as create_server does on POSIX.
Value m_bind(Object*, Args a) {
  no_kwargs(a, "bind");
  if (a.npos != 3) raise(exc::TypeError, "bind() takes 3 arguments");
  const int fd = arg_int(a[0], "fd");
  sockaddr_storage ss;
  const socklen_t len = make_addr(str(a[1])->s, arg_int(a[2], "port"), ss, "listening on");
  const int one = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (ss.ss_family == AF_INET6) setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
  if (::bind(fd, reinterpret_cast<sockaddr*>(&ss), len) != 0) raise_errno(errno);
  return none();
}

Value m_listen(Object*, Args a) {
  no_kwargs(a, "listen");
  if (a.npos != 2) raise(exc::TypeError, "listen() takes 2 arguments");
  if (::listen(arg_int(a[0], "fd"), arg_int(a[1], "backlog")) != 0) raise_errno(errno);
  return none();
}

// accept(fd) -> (conn_fd, peer address), or None when no connection is waiting.
Value m_accept(Object*, Args a) {
  check_one_arg(a, "accept");
  sockaddr_storage ss{};
  socklen_t len = sizeof ss;
  const int fd = ::accept4(arg_int(a[0], "fd"), reinterpret_cast<sockaddr*>(&ss), &len,
                           SOCK_NONBLOCK | SOCK_CLOEXEC);
  if (fd < 0) {
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR || errno == ECONNABORTED) {
      return none();
    }
    raise_errno(errno);
  }
  const int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  Value c = int_from(fd);
  Value addr = addr_tuple(ss);
  return Value(tuple_from({c.get(), addr.get()}));
}

Value m_close(Object*, Args a) {
  check_one_arg(a, "close");
  ::close(arg_int(a[0], "fd"));
  return none();
}

Value name_of(Args a, bool peer, const char* fname) {
  check_one_arg(a, fname);
  sockaddr_storage ss{};
  socklen_t len = sizeof ss;
  const int fd = arg_int(a[0], "fd");
  const int rc = peer ? getpeername(fd, reinterpret_cast<sockaddr*>(&ss), &len)
                      : getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len);
  if (rc != 0) raise_errno(errno);
  return addr_tuple(ss);
}

Value m_getsockname(Object*, Args a) {
  return name_of(a, false, "getsockname");
}
Value m_getpeername(Object*, Args a) {
  return name_of(a, true, "getpeername");
}

Value m_family(Object*, Args a) {
  check_one_arg(a, "family");
  sockaddr_storage ss{};
  socklen_t len = sizeof ss;
  if (getsockname(arg_int(a[0], "fd"), reinterpret_cast<sockaddr*>(&ss), &len) != 0) {
    raise_errno(errno);
  }
  return int_from(ss.ss_family);
}

// ---------------------------------------------------------------------------------------------
// 4. Tracing: tracing(); io_start(label) -> id (0 when tracing is off); io_done(id, label, result)
// ---------------------------------------------------------------------------------------------

// tracing() -> whether I/O events are recorded, so callers skip building labels otherwise.
Value m_tracing(Object*, Args a) {
  check_no_args(a, "tracing");
  return bool_obj(active_net_tracing());
}

Value m_io_start(Object*, Args a) {
  check_one_arg(a, "io_start");
  if (!active_net_tracing()) return int_from(0);
  return int_from(net_io_start(str(a[0])->s));
}

Value m_io_done(Object*, Args a) {
  no_kwargs(a, "io_done");
  if (a.npos != 3) raise(exc::TypeError, "io_done() takes 3 arguments");
  const int id = arg_int(a[0], "id");
  if (!active_net_tracing() || id == 0) return none();
  net_io_done(uint32_t(id), str(a[1])->s, str(a[2])->s);
  return none();
}

void add(Module* m, const char* name, NativeFn fn) {
  Value f = make_builtin(name, fn);
  module_add(m, name, f.get());
}

// ---------------------------------------------------------------------------------------------
// 5. Module
// ---------------------------------------------------------------------------------------------

Ref<Module> make_socket_module() {
  Ref<Module> m = module_new("_awaitlab_socket");
  Module* mp = m.get();
  add(mp, "check_loopback", m_check_loopback);
  add(mp, "resolve", m_resolve);
  add(mp, "socket", m_socket);
  add(mp, "connect", m_connect);
  add(mp, "so_error", m_so_error);
  add(mp, "bind", m_bind);
  add(mp, "listen", m_listen);
  add(mp, "accept", m_accept);
  add(mp, "close", m_close);
  add(mp, "getsockname", m_getsockname);
  add(mp, "getpeername", m_getpeername);
  add(mp, "family", m_family);
  add(mp, "tracing", m_tracing);
  add(mp, "io_start", m_io_start);
  add(mp, "io_done", m_io_done);
  add(mp, "set_stream_protocol", socket_transport_set_stream_protocol);
  init_stream_reader_type();
  module_add(mp, "StreamReader", stream_reader_type);
  init_socket_transport_type();
  module_add(mp, "SocketTransport", socket_transport_type);
  Value inet = int_from(AF_INET);
  Value inet6 = int_from(AF_INET6);
  Value stream = int_from(SOCK_STREAM);
  Value tcp = int_from(IPPROTO_TCP);
  module_add(mp, "AF_INET", inet.get());
  module_add(mp, "AF_INET6", inet6.get());
  module_add(mp, "SOCK_STREAM", stream.get());
  module_add(mp, "IPPROTO_TCP", tcp.get());
  return m;
}

}  // namespace

static std::map<uint32_t, uint32_t>& io_owners() {
  static std::map<uint32_t, uint32_t> owners;
  return owners;
}

bool active_net_tracing() {
  return active_tracer() != nullptr;
}

uint32_t net_io_start(const std::string& label) {
  trace::Recorder* rec = active_tracer();
  if (!rec) return 0;
  const uint32_t id = aio_next_object_id();
  io_owners()[id] = rec->current_task();
  rec->io_start(id, trace::Text(label), current_pos());
  return id;
}

void net_io_done(uint32_t id, const std::string& label, const std::string& result) {
  trace::Recorder* rec = active_tracer();
  if (!rec || id == 0) return;
  uint32_t owner = 0;
  if (auto it = io_owners().find(id); it != io_owners().end()) {
    owner = it->second;
    io_owners().erase(it);
  }
  rec->io_done(id, trace::Text(label), owner, trace::Text(result));
}

void register_net_socket_module() {
  register_module_factory("_awaitlab_socket", make_socket_module);
}

}  // namespace al
