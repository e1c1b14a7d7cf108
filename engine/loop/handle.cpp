#include "engine/loop/handle.h"

#include "engine/loop/callback_format.h"
#include "engine/loop/event_loop.h"
#include "engine/loop/loop_trace.h"
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

Type* handle_type = nullptr;
Type* timer_handle_type = nullptr;

Handle::Handle(Type* t, EventLoop* l) : Object(t), loop(l) {}

void Handle::cancel() {
  if (is_timer && !cancelled) {
    if (loop) loop->timer_handle_cancelled(this);
    trace::Recorder* rec = scheduled ? active_tracer() : nullptr;  // a fired timer is not news
    if (rec) {
      rec->timer_cancelled(trace_id, trace_label ? trace::Text(trace::StrId(trace_label))
                                                 : trace::Text(callback_text(false)));
    }
  }
  cancelled = true;
  // CPython drops the callback and its arguments so they can be freed at once.
  callback = nullptr;
  args = nullptr;
  native = nullptr;
  self = nullptr;
  arg = nullptr;
}

std::string Handle::callback_text(bool with_source) const {
  if (native) {
    // Trace labels name the callback only; reprs show its argument as CPython's do.
    if (!with_source) return native->name;
    std::string s = std::string(native->name) + "(";
    if (arg) s += reprlib_repr(arg.get());
    s += ")";
    if (native->source) s += std::string(" at ") + native->source;
    return s;
  }
  if (!callback) return "";
  std::span<Object* const> a = args ? args->span() : std::span<Object* const>{};
  return with_source ? format_callback_source(callback.get(), a)
                     : format_callback(callback.get(), a);
}

void Handle::run() {
  try {
    if (native) {
      // Keep the arguments alive even if the callback cancels this handle.
      Value s = self;
      Value a = arg;
      native->fn(s.get(), a.get());
    } else if (callback) {
      Value cb = callback;
      Ref<Tuple> keep = args;
      if (keep) {
        call(cb.get(), keep->span());
      } else {
        call(cb.get(), std::span<Object* const>{});
      }
    }
  } catch (PyException& e) {
    if (exception_matches(e.exc.get(), exc::SystemExit) ||
        exception_matches(e.exc.get(), exc::KeyboardInterrupt)) {
      throw;
    }
    // CPython: events.py Handle._run.
    Ref<Dict> ctx = dict_new();
    dict_set_str(ctx.get(), "message",
                 str_from("Exception in callback " + callback_text(true)).get());
    dict_set_str(ctx.get(), "exception", e.exc.get());
    dict_set_str(ctx.get(), "handle", this);
    if (loop) loop->call_exception_handler(ctx.get());
  }
}

namespace {

Handle* as_handle(Object* o) {
  return static_cast<Handle*>(o);
}

// CPython: events.py Handle._repr_info / TimerHandle._repr_info.
Value handle_repr(Object* self) {
  Handle* h = as_handle(self);
  std::string s = "<" + self->type->name;
  if (h->cancelled) s += " cancelled";
  if (h->is_timer) s += " when=" + (h->when_obj ? repr(h->when_obj.get())->s : float_repr(h->when));
  std::string cb = h->callback_text(true);
  if (!cb.empty()) s += " " + cb;
  return str_from(s + ">");
}

Value handle_cancel(Object* self, Args a) {
  check_no_args(a, "cancel");
  as_handle(self)->cancel();
  return none();
}

Value handle_cancelled(Object* self, Args a) {
  check_no_args(a, "cancelled");
  return bool_obj(as_handle(self)->cancelled);
}

Value handle_get_context(Object* self, Args a) {
  check_no_args(a, "get_context");
  Handle* h = as_handle(self);
  return h->context ? h->context : none();
}

Value timer_when(Object* self, Args a) {
  check_no_args(a, "when");
  Handle* h = as_handle(self);
  return h->when_obj ? h->when_obj : float_from(h->when);
}

}  // namespace

void init_handle_types() {
  if (handle_type) return;
  Type* h = new_builtin_type("Handle", object_type);
  h->module = "asyncio.events";
  h->allows_subclass = false;
  h->repr = handle_repr;
  add_method(h, "cancel", handle_cancel);
  add_method(h, "cancelled", handle_cancelled);
  add_method(h, "get_context", handle_get_context);
  h->ready();
  handle_type = h;

  Type* t = new_builtin_type("TimerHandle", h);
  t->module = "asyncio.events";
  t->allows_subclass = false;
  add_method(t, "when", timer_when);
  t->ready();
  timer_handle_type = t;
}

}  // namespace al
