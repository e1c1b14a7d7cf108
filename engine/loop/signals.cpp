// loop.add_signal_handler / remove_signal_handler on libuv signal watchers (CPython:
// Lib/asyncio/unix_events.py _UnixSelectorEventLoop).
//
// CPython's C handler writes to the loop's self-pipe; the next select() sees it and appends the
// registered Handle to the ready deque. A uv_signal_t does the same through libuv's own pipe: its
// callback runs during the next poll's uv_run and appends the handle, so a signal raised by a
// callback runs its handler one pass later, after what that pass scheduled, as in CPython.
#include <csignal>
#include <map>
#include <memory>

#include "engine/loop/event_loop.h"
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

struct SignalWatch {
  uv_signal_t uv;
  Ref<Handle> handle;
  EventLoop* loop;
};

// Per loop: signal number -> watcher (CPython: loop._signal_handlers).
std::map<EventLoop*, std::map<int, std::unique_ptr<SignalWatch>>>& watches() {
  static std::map<EventLoop*, std::map<int, std::unique_ptr<SignalWatch>>> w;
  return w;
}

void on_signal(uv_signal_t* s, int signum) {
  auto* w = static_cast<SignalWatch*>(s->data);
  Handle* h = w->handle.get();
  if (h->cancelled) return;
  (void)signum;
  // CPython: _handle_signal -> _add_callback_signalsafe: the same handle, appended again.
  w->loop->push_ready(w->handle);
}

void close_watch(std::unique_ptr<SignalWatch> w) {
  uv_signal_stop(&w->uv);
  auto* raw = w.release();
  uv_close(reinterpret_cast<uv_handle_t*>(&raw->uv),
           [](uv_handle_t* h) { delete static_cast<SignalWatch*>(h->data); });
}

// CPython: unix_events._check_signal.
int check_signal(Object* sig) {
  int64_t n;
  if (!is_instance(sig, int_type) || !int_as_int64(sig, n)) {
    raise(exc::TypeError, "sig must be an int, not " + repr(sig)->s);
  }
  if (n < 1 || n >= NSIG) raise(exc::ValueError, "invalid signal number " + std::to_string(n));
  return int(n);
}

Value m_add_signal_handler(Object* self, Args a) {
  no_kwargs(a, "add_signal_handler");
  if (a.npos < 2) {
    raise(exc::TypeError, std::string("add_signal_handler() missing ") +
                              (a.npos == 0 ? "2 required positional arguments: 'sig' and 'callback'"
                                           : "1 required positional argument: 'callback'"));
  }
  auto* loop = static_cast<EventLoop*>(self);
  Object* callback = a[1];
  if (g_is_coroutine_hook && g_is_coroutine_hook(callback)) {
    raise(exc::TypeError, "coroutines cannot be used with add_signal_handler()");
  }
  const int sig = check_signal(a[0]);
  loop->check_closed();
  auto h = make<Handle>(handle_type, loop);
  h->callback = Value(callback);
  if (a.npos > 2) h->args = tuple_from(a.positional().subspan(2));
  auto& mine = watches()[loop];
  if (auto it = mine.find(sig); it != mine.end()) {
    it->second->handle = h;
    return none();
  }
  auto w = std::make_unique<SignalWatch>();
  w->handle = h;
  w->loop = loop;
  uv_signal_init(loop->uv(), &w->uv);
  w->uv.data = w.get();
  uv_signal_start(&w->uv, on_signal, sig);
  // Referenced, so that uv_run polls for it; EventLoop::uv_busy() discounts it: a signal watcher
  // alone never makes the virtual clock wait (the oracle ignores the self-pipe).
  loop->signal_watchers++;
  mine.emplace(sig, std::move(w));
  return none();
}

Value m_remove_signal_handler(Object* self, Args a) {
  check_one_arg(a, "remove_signal_handler");
  auto* loop = static_cast<EventLoop*>(self);
  const int sig = check_signal(a[0]);
  auto& mine = watches()[loop];
  auto it = mine.find(sig);
  if (it == mine.end()) return bool_obj(false);
  close_watch(std::move(it->second));
  mine.erase(it);
  loop->signal_watchers--;
  return bool_obj(true);
}

}  // namespace

void close_signal_watchers(EventLoop* loop) {
  auto found = watches().find(loop);
  if (found == watches().end()) return;
  for (auto& [sig, w] : found->second) {
    (void)sig;
    close_watch(std::move(w));
    loop->signal_watchers--;
  }
  watches().erase(found);
}

void init_signal_methods() {
  add_method(event_loop_type, "add_signal_handler", m_add_signal_handler);
  add_method(event_loop_type, "remove_signal_handler", m_remove_signal_handler);
}

}  // namespace al
