#include "engine/asyncio/asyncio_state.h"

#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/types.h"

namespace al {

namespace {

// A heap exception class as `class Name(base): pass` in module asyncio.exceptions.
Type* make_exception_type(const char* name, Type* base) {
  Ref<Dict> ns = dict_new();
  dict_set_str(ns.get(), "__module__", str_from("asyncio.exceptions").get());
  Ref<Tuple> bases = tuple_from({base});
  Value name_str = str_from(name);
  Value t = call(type_type, {name_str.get(), bases.get(), ns.get()});
  Type* type = static_cast<Type*>(t.release());
  type->make_immortal();
  return type;
}

AsyncioState* create_state() {
  auto* s = new AsyncioState();
  s->CancelledError = make_exception_type("CancelledError", exc::BaseException);
  s->InvalidStateError = make_exception_type("InvalidStateError", exc::Exception);
  s->SendfileNotAvailableError =
      make_exception_type("SendfileNotAvailableError", exc::RuntimeError);
  s->IncompleteReadError = make_exception_type("IncompleteReadError", exc::EOFError);
  s->LimitOverrunError = make_exception_type("LimitOverrunError", exc::Exception);
  s->BrokenBarrierError = make_exception_type("BrokenBarrierError", exc::RuntimeError);
  return s;
}

}  // namespace

AsyncioState& aio() {
  static AsyncioState* s = create_state();
  return *s;
}

void asyncio_reset_run_state() {
  AsyncioState& s = aio();
  s.task_name_counter = 0;
  s.next_task_id = 0;
  s.next_object_id = 0;
  s.event_loop = nullptr;
  s.event_loop_set_called = false;
  reset_handle_ids();
}

EventLoop* asyncio_get_running_loop() {
  EventLoop* l = running_loop();
  if (!l) raise(exc::RuntimeError, "no running event loop");
  return l;
}

// CPython: events.get_event_loop and BaseDefaultEventLoopPolicy.get_event_loop.
EventLoop* asyncio_get_event_loop() {
  if (EventLoop* l = running_loop()) return l;
  AsyncioState& s = aio();
  if (!s.event_loop && !s.event_loop_set_called) {
    s.event_loop = event_loop_new();
    s.event_loop_set_called = true;
  }
  if (!s.event_loop)
    raise(exc::RuntimeError, "There is no current event loop in thread 'MainThread'.");
  return s.event_loop.get();
}

void raise_invalid_state(const std::string& message) {
  raise(aio().InvalidStateError, message);
}

bool is_cancelled_error(Object* exc) {
  return exception_matches(exc, aio().CancelledError);
}

}  // namespace al
