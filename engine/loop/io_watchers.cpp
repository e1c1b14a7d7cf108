// loop.add_reader / remove_reader / add_writer / remove_writer on libuv poll watchers (CPython:
// Lib/asyncio/selector_events.py _add_reader, _remove_reader, _add_writer, _remove_writer and
// _process_events).
//
// CPython registers a Handle per fd and direction with its selector; each select() that reports
// the fd ready appends that same handle to the ready deque. A uv_poll_t per fd does the same
// during the poll's uv_run, so a socket's callback runs in the pass after its readiness is
// seen, exactly as in CPython. An error condition (EPOLLERR) counts as both readable and
// writable, as CPython's EpollSelector maps it. A registered fd keeps the loop waiting for I/O
// (io_ref) instead of declaring a deadlock; the virtual clock then follows the oracle's rule
// (event_loop.cpp poll_virtual: real readiness first, a 2 ms grace before any jump).
#include <map>
#include <memory>

#include "engine/loop/event_loop.h"
#include "engine/loop/loop_trace.h"
#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

namespace {

struct FdWatch {
  uv_poll_t uv;
  EventLoop* loop = nullptr;
  Ref<Handle> reader;
  Ref<Handle> writer;
};

// Per loop: fd -> watcher (CPython: the selector's map of keys).
std::map<EventLoop*, std::map<int, std::unique_ptr<FdWatch>>>& watches() {
  static std::map<EventLoop*, std::map<int, std::unique_ptr<FdWatch>>> w;
  return w;
}

void on_poll(uv_poll_t* p, int status, int events);

void restart(FdWatch* w) {
  int events = 0;
  if (w->reader) events |= UV_READABLE;
  if (w->writer) events |= UV_WRITABLE;
  uv_poll_start(&w->uv, events, on_poll);
}

void on_poll(uv_poll_t* p, int status, int events) {
  auto* w = static_cast<FdWatch*>(p->data);
  if (status < 0) {
    // libuv stops the watcher on POLLERR; CPython's selector reports both directions and keeps
    // reporting them while the fd stays registered.
    events = UV_READABLE | UV_WRITABLE;
  }
  // Keep the watcher alive while callbacks below could unregister it.
  Ref<Handle> reader = w->reader;
  Ref<Handle> writer = w->writer;
  EventLoop* loop = w->loop;
  if ((events & UV_READABLE) && reader && !reader->cancelled) loop->push_ready(reader);
  if ((events & UV_WRITABLE) && writer && !writer->cancelled) loop->push_ready(writer);
  if (status < 0) restart(w);
}

void close_watch(std::unique_ptr<FdWatch> w) {
  uv_poll_stop(&w->uv);
  w->loop->io_unref();
  auto* raw = w.release();
  uv_close(reinterpret_cast<uv_handle_t*>(&raw->uv),
           [](uv_handle_t* h) { delete static_cast<FdWatch*>(h->data); });
}

int check_fd(Object* fd) {
  int64_t n;
  if (!is_instance(fd, int_type) || !int_as_int64(fd, n) || n < 0 || n > 0x7fffffff) {
    raise(exc::ValueError, "Invalid file descriptor: " + repr(fd)->s);
  }
  return int(n);
}

Value add_watch(Object* self, Args a, bool reading) {
  const char* name = reading ? "add_reader" : "add_writer";
  no_kwargs(a, name);
  if (a.npos < 2) {
    raise(exc::TypeError, std::string(name) + "() missing " +
                              (a.npos == 0 ? "2 required positional arguments: 'fd' and 'callback'"
                                           : "1 required positional argument: 'callback'"));
  }
  auto* loop = static_cast<EventLoop*>(self);
  loop->check_closed();
  const int fd = check_fd(a[0]);
  auto h = make<Handle>(handle_type, loop);
  h->callback = Value(a[1]);
  if (a.npos > 2) h->args = tuple_from(a.positional().subspan(2));
  auto& mine = watches()[loop];
  auto it = mine.find(fd);
  if (it == mine.end()) {
    auto w = std::make_unique<FdWatch>();
    w->loop = loop;
    if (int rc = uv_poll_init_socket(loop->uv(), &w->uv, fd); rc != 0) {
      raise(exc::ValueError, "Invalid file descriptor: " + std::to_string(fd));
    }
    w->uv.data = w.get();
    loop->io_ref();
    it = mine.emplace(fd, std::move(w)).first;
  }
  FdWatch* w = it->second.get();
  // CPython: a re-registration cancels the handle it replaces.
  Ref<Handle>& slot = reading ? w->reader : w->writer;
  if (slot) slot->cancel();
  slot = h;
  restart(w);
  return Value(h.get());
}

Value remove_watch(Object* self, Args a, bool reading) {
  check_one_arg(a, reading ? "remove_reader" : "remove_writer");
  auto* loop = static_cast<EventLoop*>(self);
  const int fd = check_fd(a[0]);
  if (loop->closed) return bool_obj(false);
  auto& mine = watches()[loop];
  auto it = mine.find(fd);
  if (it == mine.end()) return bool_obj(false);
  FdWatch* w = it->second.get();
  Ref<Handle>& slot = reading ? w->reader : w->writer;
  if (!slot) return bool_obj(false);
  slot->cancel();
  slot = nullptr;
  if (!w->reader && !w->writer) {
    close_watch(std::move(it->second));
    mine.erase(it);
  } else {
    restart(w);
  }
  return bool_obj(true);
}

Value m_add_reader(Object* self, Args a) {
  return add_watch(self, a, true);
}
Value m_add_writer(Object* self, Args a) {
  return add_watch(self, a, false);
}
Value m_remove_reader(Object* self, Args a) {
  return remove_watch(self, a, true);
}
Value m_remove_writer(Object* self, Args a) {
  return remove_watch(self, a, false);
}

}  // namespace

void close_io_watchers(EventLoop* loop) {
  auto found = watches().find(loop);
  if (found == watches().end()) return;
  for (auto& [fd, w] : found->second) {
    (void)fd;
    close_watch(std::move(w));
  }
  watches().erase(found);
}

void init_io_methods() {
  // CPython's public methods and the private ones its transports call: same behaviour here.
  add_method(event_loop_type, "add_reader", m_add_reader);
  add_method(event_loop_type, "add_writer", m_add_writer);
  add_method(event_loop_type, "remove_reader", m_remove_reader);
  add_method(event_loop_type, "remove_writer", m_remove_writer);
  add_method(event_loop_type, "_add_reader", m_add_reader);
  add_method(event_loop_type, "_add_writer", m_add_writer);
  add_method(event_loop_type, "_remove_reader", m_remove_reader);
  add_method(event_loop_type, "_remove_writer", m_remove_writer);
}

}  // namespace al
