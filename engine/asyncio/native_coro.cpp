// Native coroutines (see native_coro.h).
//
// Index
//   1. Promise and awaiters
//   2. send_into / throw_into: `yield from` for any iterator
//   3. The driver: native_coro_send and close
//   4. The Python type (repr, send/throw/close, "never awaited")
#include "engine/asyncio/native_coro.h"

#include <cstdio>

#include "engine/asyncio/future.h"
#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/generator.h"
#include "engine/vm/traceback.h"
#include "engine/vm/warnings.h"

namespace al {

Type* native_coro_type = nullptr;

namespace {
// coroutine.__await__() (CPython: genobject.c coro_wrapper): an iterator over the coroutine.
Type* native_coro_wrapper_type = nullptr;

struct NativeCoroWrapper : Object {
  Ref<NativeCoro> coro;
  NativeCoroWrapper(Type* t, NativeCoro* c) : Object(t), coro(c) {}
};
}  // namespace

// ---------------------------------------------------------------------------------------------
// 1. Promise and awaiters
// ---------------------------------------------------------------------------------------------

void CoroPromise::unhandled_exception() {
  try {
    throw;
  } catch (PyException& e) {
    error = std::move(e.exc);
  } catch (...) {
    foreign = std::current_exception();
  }
}

bool AwaitObject::await_ready() {
  if (is_future(obj.get()) && static_cast<Future*>(obj.get())->done()) {
    // CPython: FutureIter_am_send returns the result at once for a done future.
    try {
      ready_result = future_result(static_cast<Future*>(obj.get()));
    } catch (PyException& e) {
      ready_result = std::move(e.exc);
      ready_error = true;
    }
    return true;
  }
  obj = get_awaitable_iter(obj.get(), 0);
  return false;
}

Value AwaitObject::await_resume() {
  if (!promise) {
    if (ready_error) raise(std::move(ready_result));
    return std::move(ready_result);
  }
  if (promise->resume_exc) raise(std::exchange(promise->resume_exc, nullptr));
  Value v = std::exchange(promise->resume_value, nullptr);
  return v ? v : none();
}

void BareYield::await_resume() {
  promise->resume_value = nullptr;
  if (promise->resume_exc) raise(std::exchange(promise->resume_exc, nullptr));
}

// ---------------------------------------------------------------------------------------------
// 2. send_into / throw_into
// ---------------------------------------------------------------------------------------------

SendStatus send_into(Object* it, Object* value, Value& result) {
  if (it->type->send) return it->type->send(it, value, result);
  if (value == None && it->type->next) {
    result = it->type->next(it);
    if (result) return SendStatus::Yield;
    result = none();
    return SendStatus::Return;
  }
  try {
    result = call_method(it, "send", {value});
    return SendStatus::Yield;
  } catch (PyException& e) {
    if (!exception_matches(e.exc.get(), exc::StopIteration)) throw;
    result = stop_iteration_value(e.exc.get());
    return SendStatus::Return;
  }
}

SendStatus throw_into(Object* it, Object* exc, Value& result) {
  if (it->type->throw_) return it->type->throw_(it, exc, result);
  Value meth = getattr_opt(it, intern("throw"));
  // CPython: _gen_throw raises the exception at the await when the iterator has no throw().
  if (!meth) raise(Value(exc));
  try {
    result = call(meth.get(), {exc});
    return SendStatus::Yield;
  } catch (PyException& e) {
    if (!exception_matches(e.exc.get(), exc::StopIteration)) throw;
    result = stop_iteration_value(e.exc.get());
    return SendStatus::Return;
  }
}

// ---------------------------------------------------------------------------------------------
// 3. The driver
// ---------------------------------------------------------------------------------------------

NativeCoroBody::NativeCoroBody(Type* t, Coro body, const char* qualname)
    : NativeCoro(t), h(body.release()), name(qualname) {}

NativeCoroBody::~NativeCoroBody() {
  if (h) h.destroy();
}

namespace {

void finish(NativeCoro* c) {
  c->finished = true;
  c->release();
}

struct RunningGuard {
  NativeCoro* c;
  explicit RunningGuard(NativeCoro* co) : c(co) { c->running = true; }
  ~RunningGuard() { c->running = false; }
};

}  // namespace

SendStatus native_coro_send(NativeCoro* c, Object* value, Object* exc, Value& result) {
  if (c->running) raise(exc::ValueError, "coroutine already executing");
  if (c->finished) {
    if (exc) raise(Value(exc));
    raise(exc::RuntimeError, "cannot reuse already awaited coroutine");
  }
  Ref<NativeCoro> keep(c);
  if (!c->started) {
    c->started = true;
    if (exc) {
      // CPython: throwing into a just-created coroutine raises at its start; the body never runs.
      finish(c);
      raise(Value(exc));
    }
    if (value && value != None) {
      c->started = false;
      raise(exc::TypeError, "can't send non-None value to a just-started coroutine");
    }
  }
  RunningGuard guard(c);
  SendStatus st = SendStatus::Return;
  try {
    st = c->step(value ? value : None, exc, result);
  } catch (PyException&) {
    // The body raised. (Other C++ exceptions, such as the watchdog's, pass through unfinished
    // when they come from the awaited iterator.)
    finish(c);
    throw;
  }
  if (st == SendStatus::Return) finish(c);
  return st;
}

void NativeCoroBody::release() {
  if (h) {
    h.destroy();
    h = {};
  }
}

Object* NativeCoroBody::awaiting() const {
  if (finished || !h) return nullptr;
  return h.promise().delegate.get();
}

Value NativeCoroBody::detach_awaiting() {
  if (finished || !h) return nullptr;
  return std::move(h.promise().delegate);
}

SendStatus NativeCoroBody::step(Object* value, Object* exc, Value& result) {
  CoroPromise& p = h.promise();
  Value in_value(value);
  Value in_exc(exc);
  for (;;) {
    if (p.delegate) {
      Value r;
      Value err;
      SendStatus st = SendStatus::Return;
      try {
        st = in_exc ? throw_into(p.delegate.get(), in_exc.get(), r)
                    : send_into(p.delegate.get(), in_value.get(), r);
      } catch (PyException& e) {
        err = std::move(e.exc);
      }
      if (!err && st == SendStatus::Yield) {
        result = std::move(r);
        return SendStatus::Yield;
      }
      p.delegate = nullptr;
      p.resume_exc = std::move(err);
      p.resume_value = p.resume_exc ? Value() : std::move(r);
    } else {
      p.resume_value = in_value;
      p.resume_exc = in_exc;
    }
    h.resume();
    if (h.done()) {
      Value error = std::move(p.error);
      std::exception_ptr foreign = p.foreign;
      Value ret = std::move(p.retval);
      if (foreign) {
        finished = true;
        release();
        std::rethrow_exception(foreign);
      }
      if (error) raise(std::move(error));
      result = ret ? ret : none();
      return SendStatus::Return;
    }
    if (p.bare_yield) {
      p.bare_yield = false;
      result = none();
      return SendStatus::Yield;
    }
    // The body awaits a new iterator: start it with send(None), as yield from does.
    in_value = none();
    in_exc = nullptr;
  }
}

void native_coro_close(NativeCoro* c) {
  if (c->finished || !c->started) {
    finish(c);
    return;
  }
  Value err;
  if (Value d = c->detach_awaiting()) {
    try {
      if (d->type == coroutine_type || d->type == generator_type) {
        gen_close(static_cast<Generator*>(d.get()));
      } else if (is_native_coro(d.get())) {
        native_coro_close(static_cast<NativeCoro*>(d.get()));
      } else if (Value m = getattr_opt(d.get(), intern("close"))) {
        call(m.get(), std::initializer_list<Object*>{});
      }
    } catch (PyException& e) {
      err = std::move(e.exc);
    }
  }
  if (!err) err = call(exc::GeneratorExit, std::initializer_list<Object*>{});
  try {
    Value r;
    if (native_coro_send(c, None, err.get(), r) == SendStatus::Yield) {
      raise(exc::RuntimeError, "coroutine ignored GeneratorExit");
    }
  } catch (PyException& e) {
    if (exception_matches(e.exc.get(), exc::StopIteration) ||
        exception_matches(e.exc.get(), exc::GeneratorExit)) {
      return;
    }
    throw;
  }
}

// ---------------------------------------------------------------------------------------------
// 4. The Python type
// ---------------------------------------------------------------------------------------------

Value native_coro(Coro body, const char* qualname) {
  init_native_coro_type();
  return make<NativeCoroBody>(native_coro_type, std::move(body), qualname);
}

Type* native_coro_type_ready() {
  init_native_coro_type();
  return native_coro_type;
}

bool is_native_coro(Object* o) {
  return o->type == native_coro_type;
}

namespace {

NativeCoro* as_nc(Object* o) {
  return static_cast<NativeCoro*>(o);
}

Value nc_repr(Object* self) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(self));
  return str_from(std::string("<coroutine object ") + as_nc(self)->qualname() + " at " + buf + ">");
}

SendStatus nc_send_slot(Object* self, Object* value, Value& result) {
  return native_coro_send(as_nc(self), value, nullptr, result);
}

SendStatus nc_throw_slot(Object* self, Object* exc, Value& result) {
  return native_coro_send(as_nc(self), None, exc, result);
}

Value nc_send(Object* self, Args a) {
  check_one_arg(a, "send");
  Value r;
  if (native_coro_send(as_nc(self), a[0], nullptr, r) == SendStatus::Return)
    raise_stop_iteration(r.get());
  return r;
}

// throw(exc) / throw(type[, value]) as generators accept it.
Value nc_throw(Object* self, Args a) {
  no_kwargs(a, "throw");
  check_positional(a, "throw", 1, 3);
  Value exc(a[0]);
  if (is_instance(a[0], type_type)) {
    if (a.npos >= 2 && a[1] != None) {
      exc = is_instance(a[1], static_cast<Type*>(a[0])) ? Value(a[1]) : call(a[0], {a[1]});
    } else {
      exc = call(a[0], std::initializer_list<Object*>{});
    }
  }
  if (!as_exception(exc.get())) {
    raise(exc::TypeError,
          "exceptions must be classes or instances deriving from BaseException, not " +
              type_name(exc.get()));
  }
  Value r;
  if (native_coro_send(as_nc(self), None, exc.get(), r) == SendStatus::Return)
    raise_stop_iteration(r.get());
  return r;
}

Value nc_close(Object* self, Args a) {
  check_no_args(a, "close");
  native_coro_close(as_nc(self));
  return none();
}

Value nc_next(Object* self) {
  Value r;
  if (native_coro_send(as_nc(self), None, nullptr, r) == SendStatus::Yield) return r;
  return nullptr;
}

// CPython: genobject.c _PyGen_Finalize.
void nc_finalize(Object* self) {
  NativeCoro* c = as_nc(self);
  if (c->finished) return;
  if (!c->started) {
    try {
      warn(exc::RuntimeWarning, std::string("coroutine '") + c->qualname() + "' was never awaited",
           1, self);
    } catch (PyException& e) {
      write_unraisable(self, e.exc.get());
    }
    return;
  }
  try {
    native_coro_close(c);
  } catch (PyException& e) {
    write_unraisable(self, e.exc.get());
  }
}

}  // namespace

void init_native_coro_type() {
  if (native_coro_type) return;
  Type* t = new_builtin_type("coroutine", object_type);
  t->allows_subclass = false;
  t->repr = nc_repr;
  t->send = nc_send_slot;
  t->throw_ = nc_throw_slot;
  t->await = [](Object* self) { return Value(self); };
  t->next = nc_next;
  t->finalize = nc_finalize;
  add_method(t, "send", nc_send);
  add_method(t, "throw", nc_throw);
  add_method(t, "close", nc_close);
  add_method(t, "__await__", [](Object* self, Args a) -> Value {
    check_no_args(a, "__await__");
    return make<NativeCoroWrapper>(native_coro_wrapper_type, as_nc(self));
  });
  add_getset(t, "__name__", [](Object* s) -> Value {
    std::string q = as_nc(s)->qualname();
    size_t dot = q.rfind('.');
    return str_from(dot == std::string::npos ? q : q.substr(dot + 1));
  });
  add_getset(t, "__qualname__", [](Object* s) -> Value { return str_from(as_nc(s)->qualname()); });
  add_getset(t, "cr_running", [](Object* s) -> Value { return bool_obj(as_nc(s)->running); });
  add_getset(t, "cr_await", [](Object* s) -> Value {
    Object* a = as_nc(s)->awaiting();
    return Value(a ? a : None);
  });
  t->ready();
  native_coro_type = t;

  Type* w = new_builtin_type("coroutine_wrapper", object_type);
  w->allows_subclass = false;
  w->iter = [](Object* self) { return Value(self); };
  w->send = [](Object* self, Object* v, Value& r) {
    return native_coro_send(static_cast<NativeCoroWrapper*>(self)->coro.get(), v, nullptr, r);
  };
  w->throw_ = [](Object* self, Object* e, Value& r) {
    return native_coro_send(static_cast<NativeCoroWrapper*>(self)->coro.get(), None, e, r);
  };
  w->next = [](Object* self) -> Value {
    return nc_next(static_cast<NativeCoroWrapper*>(self)->coro.get());
  };
  add_method(w, "send", [](Object* self, Args a) -> Value {
    return nc_send(static_cast<NativeCoroWrapper*>(self)->coro.get(), a);
  });
  add_method(w, "throw", [](Object* self, Args a) -> Value {
    return nc_throw(static_cast<NativeCoroWrapper*>(self)->coro.get(), a);
  });
  add_method(w, "close", [](Object* self, Args a) -> Value {
    return nc_close(static_cast<NativeCoroWrapper*>(self)->coro.get(), a);
  });
  add_method(w, "__next__", [](Object* self, Args a) -> Value {
    check_no_args(a, "__next__");
    Value r;
    if (native_coro_send(static_cast<NativeCoroWrapper*>(self)->coro.get(), None, nullptr, r) ==
        SendStatus::Return) {
      raise_stop_iteration(r.get());
    }
    return r;
  });
  w->ready();
  native_coro_wrapper_type = w;
}

}  // namespace al
