// asyncio.Future (see future.h).
//
// Index
//   1. Core operations (CPython: _asynciomodule.c future_*)
//   2. Duck-typed helpers for Python subclasses and future-likes
//   3. repr (CPython: base_futures._future_repr_info)
//   4. The Python type: methods, attributes, iteration, finalizer
#include "engine/asyncio/future.h"

#include <atomic>
#include <mutex>

#include "engine/asyncio/asyncio_state.h"
#include "engine/asyncio/task.h"
#include "engine/asyncio/tracing.h"
#include "engine/loop/callback_format.h"
#include "engine/loop/loop_trace.h"
#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/list.h"
#include "engine/runtime/names.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Type* future_type = nullptr;

Future::Future(Type* t, EventLoop* l) : Object(t), loop(l) {}

bool is_future(Object* o) {
  return is_instance(o, future_type);
}

bool isfuture(Object* o) {
  if (is_future(o)) return true;
  static Str* name = intern("_asyncio_future_blocking");
  if (!o->type->lookup(name)) return false;
  Value v = getattr_opt(o, name);
  return v && v.get() != None;
}

Ref<Future> future_new(EventLoop* loop, const WaitKind* kind) {
  init_future_type();
  if (kind) return make<WaiterFuture>(future_type, loop, kind);
  return make<Future>(future_type, loop);
}

namespace {

// Written once per slot, before the id is handed out, so readers need no lock.
std::atomic<const NativeCallback*> g_native_callbacks[kMaxNativeCallbacks];
std::atomic<uint16_t> g_native_callback_count{1};
std::mutex g_native_callback_mutex;

}  // namespace

uint16_t native_callback_id(const NativeCallback* cb) {
  // The common case, a task's wakeup, hits this cache.
  thread_local const NativeCallback* last = nullptr;
  thread_local uint16_t last_id = 0;
  if (cb == last) return last_id;
  uint16_t n = g_native_callback_count.load(std::memory_order_acquire);
  for (uint16_t i = 1; i < n; ++i) {
    if (g_native_callbacks[i].load(std::memory_order_relaxed) == cb) {
      last = cb;
      return last_id = i;
    }
  }
  std::lock_guard<std::mutex> lock(g_native_callback_mutex);
  n = g_native_callback_count.load(std::memory_order_relaxed);
  for (uint16_t i = 1; i < n; ++i) {
    if (g_native_callbacks[i].load(std::memory_order_relaxed) == cb) return i;
  }
  if (n >= kMaxNativeCallbacks) return 0;
  g_native_callbacks[n].store(cb, std::memory_order_relaxed);
  g_native_callback_count.store(uint16_t(n + 1), std::memory_order_release);
  last = cb;
  return last_id = n;
}

const NativeCallback* native_callback_at(uint16_t id) {
  return g_native_callbacks[id].load(std::memory_order_relaxed);
}

size_t Future::callback_count() const {
  const size_t rest = extra ? extra->callbacks.size() : 0;
  return (bits & kHasCallback0 ? 1 : 0) + rest;
}

FutureCallback Future::callback_at(size_t i) const {
  if (bits & kHasCallback0) {
    if (i == 0) {
      FutureCallback cb;
      cb.native = cb0_native ? native_callback_at(cb0_native) : nullptr;
      (cb0_native ? cb.self : cb.fn) = slot;
      return cb;
    }
    --i;
  }
  return extra->callbacks[i];
}

void Future::push_callback(FutureCallback cb) {
  // Inline only when it is the first one and needs no context; the rest keep their order after it.
  const uint16_t id = cb.native ? native_callback_id(cb.native) : 0;
  if (!(bits & kHasCallback0) && !cb.context && (!cb.native || id) &&
      (!extra || extra->callbacks.empty())) {
    cb0_native = id;
    slot = cb.native ? std::move(cb.self) : std::move(cb.fn);
    bits |= kHasCallback0;
    return;
  }
  ext().callbacks.push_back(std::move(cb));
}

std::vector<FutureCallback> Future::take_callbacks() {
  std::vector<FutureCallback> out;
  if (bits & kHasCallback0) {
    out.push_back(callback_at(0));
    bits &= uint8_t(~kHasCallback0);
    slot = nullptr;
    cb0_native = 0;
  }
  if (extra && !extra->callbacks.empty()) {
    for (FutureCallback& cb : extra->callbacks) out.push_back(std::move(cb));
    std::vector<FutureCallback>().swap(extra->callbacks);
  }
  return out;
}

void Future::set_wait(const WaitKind* kind, Object* owner, uint32_t owner_trace_id) {
  if (bits & kIsWaiter) {
    auto* w = static_cast<WaiterFuture*>(this);
    w->kind = kind;
    w->owner = Value(owner);
  } else {
    ext().wait_kind = kind;
    extra->wait_owner = Value(owner);
  }
  // Only the trace reads the owner's id: without a recorder it costs no side struct.
  if (extra || (owner_trace_id && active_tracer())) ext().wait_owner_id = owner_trace_id;
}

const WaitKind* Future::wait_kind() const {
  if (bits & kIsWaiter) return static_cast<const WaiterFuture*>(this)->kind;
  return extra ? extra->wait_kind : nullptr;
}

Object* Future::wait_owner() const {
  if (bits & kIsWaiter) return static_cast<const WaiterFuture*>(this)->owner.get();
  return extra ? extra->wait_owner.get() : nullptr;
}

// ---------------------------------------------------------------------------------------------
// 1. Core operations
// ---------------------------------------------------------------------------------------------

namespace {

void schedule_one(Future* f, FutureCallback& cb) {
  if (cb.native) {
    f->loop->call_soon_native(cb.native, cb.self.get(), f);
    if (cb.native->task_step) trace_task_ready(static_cast<Task*>(cb.self.get()), f);
  } else {
    Object* arg = f;
    f->loop->call_soon(cb.fn.get(), std::span<Object* const>(&arg, 1), cb.context.get());
  }
}

// CPython: future_schedule_callbacks, for the callbacks taken before the state changed
// (the first one shares its slot with the result).
void schedule_callbacks(Future* f, FutureCallback* first, std::vector<FutureCallback>* rest) {
  if (first) schedule_one(f, *first);
  if (rest) {
    for (FutureCallback& cb : *rest) schedule_one(f, cb);
  }
}

// Completes `f` with `value` in its slot, then schedules its callbacks.
void complete(Future* f, FutState state, Value value, uint8_t exception_bit) {
  FutureCallback first;
  bool has_first = false;
  if (f->bits & Future::kHasCallback0) {
    first.native = f->cb0_native ? native_callback_at(f->cb0_native) : nullptr;
    (first.native ? first.self : first.fn) = std::move(f->slot);
    f->cb0_native = 0;
    f->bits &= uint8_t(~Future::kHasCallback0);
    has_first = true;
  }
  std::vector<FutureCallback> rest;
  if (f->extra && !f->extra->callbacks.empty()) rest.swap(f->extra->callbacks);
  f->slot = std::move(value);
  f->bits = uint8_t((f->bits & ~Future::kHasException) | exception_bit);
  f->state = state;
  schedule_callbacks(f, has_first ? &first : nullptr, rest.empty() ? nullptr : &rest);
}

}  // namespace

void future_set_result(Future* f, Object* value) {
  if (f->state != FutState::Pending) raise_invalid_state("invalid state");
  complete(f, FutState::Finished, Value(value), 0);
}

void future_set_exception(Future* f, Object* exc) {
  if (f->state != FutState::Pending) raise_invalid_state("invalid state");
  Value exc_val(exc);
  if (is_instance(exc, type_type) && static_cast<Type*>(exc)->is_subtype_of(exc::BaseException)) {
    exc_val = call(exc, std::initializer_list<Object*>{});
    if (!as_exception(exc_val.get())) raise(exc::TypeError, "invalid exception object");
  }
  if (!as_exception(exc_val.get())) raise(exc::TypeError, "invalid exception object");
  if (exc_val->type == exc::StopIteration) {
    raise(exc::TypeError,
          "StopIteration interacts badly with generators and cannot be raised into a Future");
  }
  if (Value tb = as_exception(exc_val.get())->traceback) {
    f->ext().exception_tb = std::move(tb);
  } else if (f->extra) {
    f->extra->exception_tb = nullptr;
  }
  complete(f, FutState::Finished, std::move(exc_val), Future::kHasException);
  f->set_log_traceback(true);
}

bool future_cancel(Future* f, Object* msg) {
  f->set_log_traceback(false);
  if (f->state != FutState::Pending) return false;
  if (msg) {
    f->ext().cancel_message = Value(msg);
  } else if (f->extra) {
    f->extra->cancel_message = nullptr;
  }
  complete(f, FutState::Cancelled, Value(), 0);
  return true;
}

Value future_make_cancelled_error(Future* f) {
  if (f->extra && f->extra->cancelled_exc) return std::exchange(f->extra->cancelled_exc, nullptr);
  Object* msg = f->cancel_message();
  if (!msg || msg == None) return call(aio().CancelledError, std::initializer_list<Object*>{});
  return call(aio().CancelledError, {msg});
}

Value future_result(Future* f) {
  if (f->state == FutState::Cancelled) raise(future_make_cancelled_error(f));
  if (f->state != FutState::Finished) raise_invalid_state("Result is not set.");
  f->set_log_traceback(false);
  if (Object* e = f->exception_value()) {
    // CPython: future_get_result restores the traceback of set_exception time once.
    as_exception(e)->traceback =
        f->extra ? std::exchange(f->extra->exception_tb, nullptr) : Value();
    raise(Value(e));
  }
  return f->slot;
}

Value future_exception(Future* f) {
  if (f->state == FutState::Cancelled) raise(future_make_cancelled_error(f));
  if (f->state != FutState::Finished) raise_invalid_state("Exception is not set.");
  if (Object* e = f->exception_value()) {
    f->set_log_traceback(false);
    return Value(e);
  }
  return none();
}

void future_add_done_callback(Future* f, Object* fn, Object* context) {
  FutureCallback cb;
  cb.fn = Value(fn);
  if (context && context != None) cb.context = Value(context);
  if (f->state != FutState::Pending) {
    schedule_one(f, cb);
  } else {
    f->push_callback(std::move(cb));
  }
}

void future_add_native_callback(Future* f, const NativeCallback* native, Object* self) {
  FutureCallback cb;
  cb.native = native;
  cb.self = Value(self);
  if (f->state != FutState::Pending) {
    schedule_one(f, cb);
  } else {
    f->push_callback(std::move(cb));
  }
}

namespace {

// Keeps the callbacks for which keep(cb) is true, in order; returns how many were removed.
template <class F>
size_t retain_callbacks(Future* f, F&& keep) {
  std::vector<FutureCallback> all = f->take_callbacks();
  size_t removed = 0;
  for (FutureCallback& cb : all) {
    if (keep(cb)) {
      f->push_callback(std::move(cb));
    } else {
      ++removed;
    }
  }
  return removed;
}

}  // namespace

size_t future_remove_done_callback(Future* f, Object* fn) {
  // Decide on a copy: __eq__ may run Python code that touches the list.
  std::vector<bool> drop;
  std::vector<Value> fns;
  for (size_t i = 0; i < f->callback_count(); ++i) fns.push_back(f->callback_at(i).fn);
  for (const Value& cb : fns) drop.push_back(cb && (cb.get() == fn || eq(cb.get(), fn)));
  size_t i = 0;
  return retain_callbacks(
      f, [&](const FutureCallback&) { return i < drop.size() ? !drop[i++] : true; });
}

size_t future_remove_native_callback(Future* f, const NativeCallback* native, Object* self) {
  return retain_callbacks(
      f, [&](const FutureCallback& cb) { return !(cb.native == native && cb.self.get() == self); });
}

EventLoop* future_get_loop(Object* fut) {
  if (is_future(fut)) return static_cast<Future*>(fut)->loop.get();
  Value get_loop = getattr_opt(fut, intern("get_loop"));
  Value l =
      get_loop ? call(get_loop.get(), std::initializer_list<Object*>{}) : getattr(fut, "_loop");
  if (!is_instance(l.get(), event_loop_type)) return nullptr;
  return static_cast<EventLoop*>(l.get());
}

// ---------------------------------------------------------------------------------------------
// 2. Duck-typed helpers
// ---------------------------------------------------------------------------------------------

namespace {
Value call0(Object* o, const char* name) {
  return call_method(o, name, {});
}
}  // namespace

bool fut_done(Object* fut) {
  if (is_exactly(fut, future_type) || is_exactly(fut, task_type))
    return static_cast<Future*>(fut)->done();
  return truthy(call0(fut, "done").get());
}

bool fut_cancelled(Object* fut) {
  if (is_exactly(fut, future_type) || is_exactly(fut, task_type)) {
    return static_cast<Future*>(fut)->state == FutState::Cancelled;
  }
  return truthy(call0(fut, "cancelled").get());
}

Value fut_result(Object* fut) {
  if (is_exactly(fut, future_type) || is_exactly(fut, task_type))
    return future_result(static_cast<Future*>(fut));
  return call0(fut, "result");
}

Value fut_exception(Object* fut) {
  if (is_exactly(fut, future_type) || is_exactly(fut, task_type)) {
    return future_exception(static_cast<Future*>(fut));
  }
  return call0(fut, "exception");
}

void fut_add_done_callback(Object* fut, Object* fn) {
  if (is_exactly(fut, future_type) || is_exactly(fut, task_type)) {
    future_add_done_callback(static_cast<Future*>(fut), fn);
    return;
  }
  call_method(fut, "add_done_callback", {fn});
}

namespace {

struct NativeCallbackObject : Object {
  const NativeCallback* cb;
  Value self;
  NativeCallbackObject(Type* t, const NativeCallback* c, Object* s) : Object(t), cb(c), self(s) {}
};

Type* native_callback_object_type() {
  static Type* t = [] {
    Type* ty = new_builtin_type("builtin_function_or_method", object_type);
    ty->allows_subclass = false;
    ty->call = [](Object* o, Args a) -> Value {
      auto* n = static_cast<NativeCallbackObject*>(o);
      check_one_arg(a, n->cb->name);
      n->cb->fn(n->self.get(), a[0]);
      return none();
    };
    ty->repr = [](Object* o) -> Value {
      return str_from(std::string("<built-in method ") +
                      static_cast<NativeCallbackObject*>(o)->cb->name + ">");
    };
    add_getset(ty, "__qualname__", [](Object* o) -> Value {
      return str_from(static_cast<NativeCallbackObject*>(o)->cb->name);
    });
    ty->ready();
    return ty;
  }();
  return t;
}

}  // namespace

Value native_callback_object(const NativeCallback* cb, Object* self) {
  return make<NativeCallbackObject>(native_callback_object_type(), cb, self);
}

// ---------------------------------------------------------------------------------------------
// 3. repr
// ---------------------------------------------------------------------------------------------

namespace {

std::string format_cb(const FutureCallback& cb) {
  if (cb.native) {
    std::string s = std::string(cb.native->name) + "()";
    if (cb.native->source) s += std::string(" at ") + cb.native->source;
    return s;
  }
  return format_callback_source(cb.fn.get(), {});
}

}  // namespace

std::string future_repr_info(Future* f) {
  std::string s;
  switch (f->state) {
    case FutState::Pending:
      s = "pending";
      break;
    case FutState::Cancelled:
      s = "cancelled";
      break;
    case FutState::Finished:
      s = "finished";
      break;
  }
  if (f->state == FutState::Finished) {
    if (Object* e = f->exception_value()) {
      s += " exception=" + repr(e)->s;
    } else {
      s += " result=" + reprlib_repr(f->slot ? f->slot.get() : None);
    }
  }
  const size_t n = f->callback_count();
  if (n) {
    s += " cb=[";
    if (n == 1) {
      s += format_cb(f->callback_at(0));
    } else if (n == 2) {
      s += format_cb(f->callback_at(0)) + ", " + format_cb(f->callback_at(1));
    } else {
      s += format_cb(f->callback_at(0)) + ", <" + std::to_string(n - 2) + " more>, " +
           format_cb(f->callback_at(n - 1));
    }
    s += "]";
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// 4. The Python type
// ---------------------------------------------------------------------------------------------

namespace {

Future* as_fut(Object* o) {
  return static_cast<Future*>(o);
}

Value fut_new(Type* t, Args) {
  // The loop is bound by __init__ (CPython: FutureObj_init).
  return alloc_instance<Future>(t, nullptr);
}

void fut_init(Object* self, Args a) {
  Object* loop = nullptr;
  bind_args(a, "Future", {"loop"}, 0, &loop, 0, 0);
  Future* f = as_fut(self);
  if (!loop || loop == None) {
    f->loop = Ref<EventLoop>(asyncio_get_event_loop());
  } else {
    if (!is_instance(loop, event_loop_type)) raise(exc::TypeError, "loop must be an event loop");
    f->loop = Ref<EventLoop>(static_cast<EventLoop*>(loop));
  }
}

void ensure_alive(Future* f) {
  if (!f->loop) raise(exc::RuntimeError, "Future object is not initialized.");
}

Value fut_repr(Object* self) {
  ReprGuard guard(self);
  if (!guard.active()) return str_from("...");
  Future* f = as_fut(self);
  if (is_instance(self, task_type)) return str_from(task_repr(static_cast<Task*>(self)));
  return str_from("<" + self->type->name + " " + future_repr_info(f) + ">");
}

Value m_result(Object* self, Args a) {
  check_no_args(a, "result");
  ensure_alive(as_fut(self));
  return future_result(as_fut(self));
}

Value m_exception(Object* self, Args a) {
  check_no_args(a, "exception");
  ensure_alive(as_fut(self));
  return future_exception(as_fut(self));
}

Value m_done(Object* self, Args a) {
  check_no_args(a, "done");
  return bool_obj(as_fut(self)->done());
}

Value m_cancelled(Object* self, Args a) {
  check_no_args(a, "cancelled");
  return bool_obj(as_fut(self)->state == FutState::Cancelled);
}

Value m_cancel(Object* self, Args a) {
  Object* msg = nullptr;
  bind_args(a, "cancel", {"msg"}, 0, &msg);
  ensure_alive(as_fut(self));
  if (is_instance(self, task_type)) return bool_obj(task_cancel(static_cast<Task*>(self), msg));
  return bool_obj(future_cancel(as_fut(self), msg));
}

Value m_set_result(Object* self, Args a) {
  check_one_arg(a, "set_result");
  ensure_alive(as_fut(self));
  future_set_result(as_fut(self), a[0]);
  return none();
}

Value m_set_exception(Object* self, Args a) {
  check_one_arg(a, "set_exception");
  ensure_alive(as_fut(self));
  future_set_exception(as_fut(self), a[0]);
  return none();
}

Value m_add_done_callback(Object* self, Args a) {
  Object* fn = nullptr;
  Object* context = nullptr;
  if (a.npos != 1) {
    raise(exc::TypeError, "add_done_callback() takes exactly 1 positional argument (" +
                              std::to_string(a.npos) + " given)");
  }
  fn = a[0];
  for (size_t i = 0; i < a.nkw(); ++i) {
    if (a.kw_name(i)->s != "context") {
      raise(exc::TypeError,
            "add_done_callback() got an unexpected keyword argument '" + a.kw_name(i)->s + "'");
    }
    context = a.kw_value(i);
  }
  ensure_alive(as_fut(self));
  future_add_done_callback(as_fut(self), fn, context);
  return none();
}

Value m_remove_done_callback(Object* self, Args a) {
  check_one_arg(a, "remove_done_callback");
  return int_from(int64_t(future_remove_done_callback(as_fut(self), a[0])));
}

Value m_get_loop(Object* self, Args a) {
  check_no_args(a, "get_loop");
  ensure_alive(as_fut(self));
  return Value(as_fut(self)->loop.get());
}

Value m_await(Object* self, Args a) {
  check_no_args(a, "__await__");
  return Value(self);
}

// CPython: FutureIter_am_send: yields the future once (blocking), then returns its result.
SendStatus fut_send(Object* self, Object*, Value& result) {
  Future* f = as_fut(self);
  if (f->state == FutState::Pending) {
    if (!f->blocking()) {
      f->set_blocking(true);
      result = Value(self);
      return SendStatus::Yield;
    }
    raise(exc::RuntimeError, "await wasn't used with future");
  }
  result = future_result(f);
  return SendStatus::Return;
}

// CPython: FutureIter_throw: the exception is raised at the await.
SendStatus fut_throw(Object*, Object* exc, Value&) {
  raise(Value(exc));
}

Value m_send(Object* self, Args a) {
  check_one_arg(a, "send");
  Value r;
  if (fut_send(self, a[0], r) == SendStatus::Return) raise_stop_iteration(r.get());
  return r;
}

Value m_throw(Object*, Args a) {
  check_positional(a, "throw", 1, 3);
  Value exc(a[0]);
  if (is_instance(a[0], type_type)) exc = call(a[0], std::initializer_list<Object*>{});
  raise(exc);
}

const char* state_name(FutState s) {
  switch (s) {
    case FutState::Pending:
      return "PENDING";
    case FutState::Cancelled:
      return "CANCELLED";
    case FutState::Finished:
      return "FINISHED";
  }
  return "PENDING";
}

// CPython: FutureObj_finalize: "Future exception was never retrieved".
void fut_finalize(Object* self) {
  Future* f = as_fut(self);
  if (is_instance(self, task_type)) {
    task_finalize(static_cast<Task*>(self));
    return;
  }
  future_report_unretrieved(f);
}

}  // namespace

void future_report_unretrieved(Future* f) {
  if (!f->log_traceback() || !f->loop) return;
  f->set_log_traceback(false);
  try {
    Ref<Dict> ctx = dict_new();
    Object* self = f;
    dict_set_str(ctx.get(), "message",
                 str_from(self->type->name + " exception was never retrieved").get());
    dict_set_str(ctx.get(), "exception", f->exception_value());
    dict_set_str(ctx.get(), "future", self);
    if (trace::Recorder* rec = active_tracer()) {
      rec->diagnostic(
          trace::DiagKind::ExceptionNeverRetrieved,
          self->type->name + " exception was never retrieved: " + repr(f->exception_value())->s,
          is_instance(self, task_type) ? static_cast<Task*>(self)->trace_task : 0);
    }
    f->loop->call_exception_handler(ctx.get());
  } catch (PyException&) {
  }
}

void init_future_type() {
  if (future_type) return;
  init_event_loop_type();
  Type* t = new_builtin_type("Future", object_type);
  t->module = "_asyncio";
  t->dict_offset = with_dict_offset<Future>();
  t->new_instance = fut_new;
  t->init = fut_init;
  t->repr = fut_repr;
  t->await = [](Object* self) { return Value(self); };
  t->iter = [](Object* self) { return Value(self); };
  t->next = [](Object* self) -> Value {
    Value r;
    if (fut_send(self, None, r) == SendStatus::Yield) return r;
    return nullptr;
  };
  t->send = fut_send;
  t->throw_ = fut_throw;
  t->finalize = fut_finalize;
  add_method(t, "result", m_result);
  add_method(t, "exception", m_exception);
  add_method(t, "done", m_done);
  add_method(t, "cancelled", m_cancelled);
  add_method(t, "cancel", m_cancel);
  add_method(t, "set_result", m_set_result);
  add_method(t, "set_exception", m_set_exception);
  add_method(t, "add_done_callback", m_add_done_callback);
  add_method(t, "remove_done_callback", m_remove_done_callback);
  add_method(t, "get_loop", m_get_loop);
  add_method(t, "__await__", m_await);
  add_method(t, "__iter__", m_await);
  add_method(t, "send", m_send);
  add_method(t, "throw", m_throw);
  add_getset(
      t, "_asyncio_future_blocking",
      [](Object* s) -> Value { return bool_obj(as_fut(s)->blocking()); },
      [](Object* s, Object* v) {
        if (!v) raise(exc::AttributeError, "cannot delete attribute");
        as_fut(s)->set_blocking(truthy(v));
      });
  add_getset(
      t, "_log_traceback", [](Object* s) -> Value { return bool_obj(as_fut(s)->log_traceback()); },
      [](Object* s, Object* v) {
        if (!v) raise(exc::AttributeError, "cannot delete attribute");
        if (truthy(v)) raise(exc::ValueError, "_log_traceback can only be set to False");
        as_fut(s)->set_log_traceback(false);
      });
  add_getset(t, "_state",
             [](Object* s) -> Value { return str_from(state_name(as_fut(s)->state)); });
  add_getset(t, "_loop", [](Object* s) -> Value {
    Future* f = as_fut(s);
    return f->loop ? Value(f->loop.get()) : none();
  });
  add_getset(t, "_result", [](Object* s) -> Value {
    Object* r = as_fut(s)->result_value();
    return Value(r ? r : None);
  });
  add_getset(t, "_exception", [](Object* s) -> Value {
    Object* e = as_fut(s)->exception_value();
    return Value(e ? e : None);
  });
  add_getset(t, "_cancel_message", [](Object* s) -> Value {
    Object* m = as_fut(s)->cancel_message();
    return Value(m ? m : None);
  });
  add_getset(t, "_source_traceback", [](Object*) -> Value { return none(); });
  add_getset(t, "_callbacks", [](Object* s) -> Value {
    Future* f = as_fut(s);
    if (!f->callback_count()) return none();
    Ref<List> l = list_new();
    for (size_t i = 0; i < f->callback_count(); ++i) {
      const FutureCallback cb = f->callback_at(i);
      Value fn = cb.fn ? cb.fn : none();
      Ref<Tuple> pair = tuple_from({fn.get(), cb.context ? cb.context.get() : None});
      list_append(l.get(), pair.get());
    }
    return l;
  });
  t->ready();
  future_type = t;
}

}  // namespace al
