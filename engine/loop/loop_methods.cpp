// The Python face of EventLoop: the methods of asyncio's loop that do not need Futures or Tasks
// (CPython: Lib/asyncio/base_events.py). engine/asyncio adds create_future, create_task,
// run_until_complete and friends to the same type.
#include <vector>

#include "engine/loop/event_loop.h"
#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/float.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

namespace {

EventLoop* as_loop(Object* o) {
  return static_cast<EventLoop*>(o);
}

// Splits `f(callback, *args, context=None)`; returns the context (or null).
Object* take_context(Args a, const char* fname) {
  Object* context = nullptr;
  for (size_t i = 0; i < a.nkw(); ++i) {
    if (a.kw_name(i)->s != "context") {
      raise(exc::TypeError,
            std::string(fname) + "() got an unexpected keyword argument '" + a.kw_name(i)->s + "'");
    }
    context = a.kw_value(i);
  }
  return context == None ? nullptr : context;
}

Value loop_repr(Object* self) {
  EventLoop* l = as_loop(self);
  auto b = [](bool v) { return v ? "True" : "False"; };
  return str_from("<" + self->type->name + " running=" + b(l->running) + " closed=" + b(l->closed) +
                  " debug=" + b(l->debug) + ">");
}

Value loop_time(Object* self, Args a) {
  check_no_args(a, "time");
  return float_from(as_loop(self)->time());
}

// CPython: base_events.py call_soon (the callback is checked only in debug mode).
Value loop_call_soon_impl(Object* self, Args a, const char* fname) {
  EventLoop* l = as_loop(self);
  Object* context = take_context(a, fname);
  if (a.npos < 1) {
    raise(exc::TypeError, std::string("BaseEventLoop.") + fname +
                              "() missing 1 required positional argument: 'callback'");
  }
  l->check_closed();
  if (l->debug) check_callback(a[0], fname);
  return l->call_soon(a[0], a.positional().subspan(1), context);
}

Value loop_call_soon(Object* self, Args a) {
  return loop_call_soon_impl(self, a, "call_soon");
}
Value loop_call_soon_threadsafe(Object* self, Args a) {
  return loop_call_soon_impl(self, a, "call_soon_threadsafe");
}

Value call_at_impl(EventLoop* l, Object* when, Args a, size_t first_cb, Object* context,
                   const char* fname) {
  double w;
  if (!number_as_double(when, w)) w = float_as_double(when);
  l->check_closed();
  if (l->debug) check_callback(a[first_cb], fname);
  Ref<Handle> h = l->call_at(w, a[first_cb], a.positional().subspan(first_cb + 1), context);
  if (!is_exactly(when, float_type)) h->when_obj = Value(when);
  return h;
}

// CPython: base_events.py call_later: call_at(self.time() + delay, ...).
Value loop_call_later(Object* self, Args a) {
  EventLoop* l = as_loop(self);
  Object* context = take_context(a, "call_later");
  if (a.npos < 2) {
    raise(exc::TypeError,
          std::string("BaseEventLoop.call_later() missing ") +
              (a.npos == 0 ? "2 required positional arguments: 'delay' and 'callback'"
                           : "1 required positional argument: 'callback'"));
  }
  if (a[0] == None) raise(exc::TypeError, "delay must not be None");
  Value when = binary_op(float_from(l->time()).get(), a[0], BinOp::Add);
  return call_at_impl(l, when.get(), a, 1, context, "call_later");
}

Value loop_call_at(Object* self, Args a) {
  EventLoop* l = as_loop(self);
  Object* context = take_context(a, "call_at");
  if (a.npos < 2) {
    raise(exc::TypeError,
          std::string("BaseEventLoop.call_at() missing ") +
              (a.npos == 0 ? "2 required positional arguments: 'when' and 'callback'"
                           : "1 required positional argument: 'callback'"));
  }
  if (a[0] == None) raise(exc::TypeError, "when cannot be None");
  return call_at_impl(l, a[0], a, 1, context, "call_at");
}

Value loop_stop(Object* self, Args a) {
  check_no_args(a, "stop");
  as_loop(self)->stop();
  return none();
}

Value loop_is_running(Object* self, Args a) {
  check_no_args(a, "is_running");
  return bool_obj(as_loop(self)->running);
}

Value loop_is_closed(Object* self, Args a) {
  check_no_args(a, "is_closed");
  return bool_obj(as_loop(self)->closed);
}

Value loop_close(Object* self, Args a) {
  check_no_args(a, "close");
  as_loop(self)->close();
  return none();
}

Value loop_get_debug(Object* self, Args a) {
  check_no_args(a, "get_debug");
  return bool_obj(as_loop(self)->debug);
}

Value loop_set_debug(Object* self, Args a) {
  check_one_arg(a, "set_debug");
  as_loop(self)->debug = truthy(a[0]);
  return none();
}

Value loop_run_forever(Object* self, Args a) {
  check_no_args(a, "run_forever");
  as_loop(self)->run_forever();
  return none();
}

Value loop_set_exception_handler(Object* self, Args a) {
  check_one_arg(a, "set_exception_handler");
  if (a[0] != None && !is_callable(a[0])) {
    raise(exc::TypeError, "A callable object or None is expected, got " + repr(a[0])->s);
  }
  as_loop(self)->exception_handler = a[0] == None ? Value() : Value(a[0]);
  return none();
}

Value loop_get_exception_handler(Object* self, Args a) {
  check_no_args(a, "get_exception_handler");
  EventLoop* l = as_loop(self);
  return l->exception_handler ? l->exception_handler : none();
}

Dict* context_arg(Args a, const char* fname) {
  check_one_arg(a, fname);
  if (!is_instance(a[0], dict_type)) raise(exc::TypeError, "context must be a dict");
  return static_cast<Dict*>(a[0]);
}

Value loop_call_exception_handler(Object* self, Args a) {
  as_loop(self)->call_exception_handler(context_arg(a, "call_exception_handler"));
  return none();
}

Value loop_default_exception_handler(Object* self, Args a) {
  default_exception_handler(as_loop(self), context_arg(a, "default_exception_handler"));
  return none();
}

}  // namespace

void init_event_loop_type() {
  if (event_loop_type) return;
  init_handle_types();
  Type* t = new_builtin_type("_UnixSelectorEventLoop", object_type);
  t->module = "asyncio.unix_events";
  t->allows_subclass = false;
  t->repr = loop_repr;
  add_method(t, "time", loop_time);
  add_method(t, "call_soon", loop_call_soon);
  add_method(t, "call_soon_threadsafe", loop_call_soon_threadsafe);
  add_method(t, "call_later", loop_call_later);
  add_method(t, "call_at", loop_call_at);
  add_method(t, "stop", loop_stop);
  add_method(t, "is_running", loop_is_running);
  add_method(t, "is_closed", loop_is_closed);
  add_method(t, "close", loop_close);
  add_method(t, "get_debug", loop_get_debug);
  add_method(t, "set_debug", loop_set_debug);
  add_method(t, "run_forever", loop_run_forever);
  add_method(t, "set_exception_handler", loop_set_exception_handler);
  add_method(t, "get_exception_handler", loop_get_exception_handler);
  add_method(t, "call_exception_handler", loop_call_exception_handler);
  add_method(t, "default_exception_handler", loop_default_exception_handler);
  add_attr(t, "slow_callback_duration", float_from(0.1).get());
  t->ready();
  event_loop_type = t;
  init_signal_methods();
  init_io_methods();
}

}  // namespace al
