// Generators, coroutines and async generators (CPython: Objects/genobject.c).
//
// Index
//   1. Construction, finishing, StopIteration wrapping
//   2. gen_send_ex2, throw (with yield-from delegation), close
//   3. The generator / coroutine / coroutine_wrapper types
//   4. Awaitables: GET_AWAITABLE, GET_AITER, GET_ANEXT helpers
//   5. Async generators: wrapped values, asend, athrow, the async_generator type
//   6. Finalization ("never awaited", closing suspended generators) and types.coroutine
#include "engine/vm/generator.h"

#include <cstdio>

#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/names.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/eval.h"
#include "engine/vm/eval_internal.h"
#include "engine/vm/frame.h"
#include "engine/vm/function.h"
#include "engine/vm/traceback.h"
#include "engine/vm/warnings.h"

namespace al {

namespace {
Type* coro_wrapper_type = nullptr;
Type* async_gen_wrapped_type = nullptr;
Type* async_gen_asend_type = nullptr;
Type* async_gen_athrow_type = nullptr;

Generator* as_gen(Object* o) {
  return static_cast<Generator*>(o);
}

std::string address(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}
}  // namespace

AsyncGenHooks& asyncgen_hooks() {
  static thread_local AsyncGenHooks hooks;
  return hooks;
}

// ---------------------------------------------------------------------------------------------
// 1. Construction, finishing, StopIteration wrapping
// ---------------------------------------------------------------------------------------------

Generator::Generator(Type* t, Frame* f) : Object(t), frame(f), code(f->code) {
  f->gen = this;
  name = f->code->name;
  qualname = f->func ? static_cast<Function*>(f->func)->qualname : f->code->qualname;
}

Generator::~Generator() {
  if (frame) frame_free(frame);
}

bool Generator::is_coroutine() const {
  return type == coroutine_type;
}
bool Generator::is_async_gen() const {
  return type == async_generator_type;
}

const char* gen_kind_name(const Generator* gen) {
  if (gen->is_coroutine()) return "coroutine";
  if (gen->is_async_gen()) return "async generator";
  return "generator";
}

Ref<Generator> generator_new(Frame* frame) {
  const uint32_t flags = frame->code->flags;
  Type* t = (flags & CO_COROUTINE)         ? coroutine_type
            : (flags & CO_ASYNC_GENERATOR) ? async_generator_type
                                           : generator_type;
  if (t == async_generator_type) return make<AsyncGenerator>(t, frame);
  return make<Generator>(t, frame);
}

void gen_finish(Generator* gen) {
  gen->state = GenState::Completed;
  Frame* f = gen->frame;
  gen->frame = nullptr;
  if (f) frame_free(f);
}

Value gen_wrap_stop_iteration(Generator* gen, Value exc) {
  const bool stop = exception_matches(exc.get(), exc::StopIteration);
  const bool astop = gen->is_async_gen() && exception_matches(exc.get(), exc::StopAsyncIteration);
  if (!stop && !astop) return exc;
  std::string msg = std::string(gen_kind_name(gen)) + " raised " +
                    (stop ? "StopIteration" : "StopAsyncIteration");
  // CPython: _PyErr_FormatFromCause makes the original the cause and the context.
  Value wrapped = new_exception(exc::RuntimeError, msg);
  BaseExceptionObject* w = as_exception(wrapped.get());
  w->cause = exc;
  w->context = exc;
  w->suppress_context = true;
  return wrapped;
}

// ---------------------------------------------------------------------------------------------
// 2. gen_send_ex2, throw, close
// ---------------------------------------------------------------------------------------------

namespace {

// CPython: genobject.c gen_send_ex2. `exc` non-null resumes by raising it; `closing` is set by
// close(), which may run on a finished coroutine without complaint.
SendStatus gen_send_ex2(Generator* gen, Object* arg, Object* exc, bool closing, Value& result) {
  if (gen->state == GenState::Running) {
    raise(exc::ValueError, std::string(gen_kind_name(gen)) + " already executing");
  }
  if (gen->state == GenState::Completed) {
    if (gen->is_coroutine() && !closing) {
      raise(exc::RuntimeError, "cannot reuse already awaited coroutine");
    }
    if (arg && !exc) {
      result = Value(None);
      return SendStatus::Return;
    }
    raise(Value(exc));
  }
  if (gen->state == GenState::Created && !exc && arg && arg != None) {
    raise(exc::TypeError,
          std::string("can't send non-None value to a just-started ") + gen_kind_name(gen));
  }
  Frame* f = gen->frame;
  const GenState prev = gen->state;
  const bool pushed = prev != GenState::Created && !exc;
  if (pushed) {
    Object* v = arg ? arg : None;
    v->incref();
    f->stack()[f->sp++] = v;
  }
  gen->state = GenState::Running;
  try {
    return eval_frame(f, result, exc);
  } catch (...) {
    if (gen->state == GenState::Running) {
      // The frame was never entered (recursion limit): undo the resumption.
      if (pushed) f->stack()[--f->sp]->decref();
      gen->state = prev;
    }
    throw;
  }
}

// CPython: genobject.c gen_close_iter.
void gen_close_iter(Object* yf) {
  if (yf->type == generator_type || yf->type == coroutine_type) {
    gen_close(as_gen(yf));
    return;
  }
  Value meth = getattr_opt(yf, intern("close"));
  if (meth) call(meth.get(), std::initializer_list<Object*>{});
}

// CPython: genobject.c _gen_throw.
SendStatus gen_throw_impl(Generator* gen, bool close_on_genexit, Object* exc, Value& result) {
  Object* yf = gen_yield_from(gen);
  if (yf) {
    Value keep(yf);
    VMState& ts = vmstate();
    if (close_on_genexit && exception_matches(exc, exc::GeneratorExit)) {
      Value err;
      gen->state = GenState::Running;
      try {
        gen_close_iter(yf);
      } catch (PyException& e) {
        err = std::move(e.exc);
      }
      gen->state = GenState::Suspended;
      if (err) return gen_send_ex2(gen, None, err.get(), false, result);
      return gen_send_ex2(gen, None, exc, false, result);
    }
    Value ret;
    Value err;
    SendStatus st = SendStatus::Return;
    Frame* gf = gen->frame;
    Frame* saved_current = ts.current;
    gf->back = saved_current;
    ts.current = gf;
    gen->state = GenState::Running;
    try {
      if (yf->type == generator_type || yf->type == coroutine_type) {
        st = gen_throw_impl(as_gen(yf), close_on_genexit, exc, ret);
      } else if (yf->type->throw_) {
        st = yf->type->throw_(yf, exc, ret);
      } else {
        Value meth = getattr_opt(yf, intern("throw"));
        if (!meth) {
          gen->state = GenState::Suspended;
          ts.current = saved_current;
          gf->back = nullptr;
          return gen_send_ex2(gen, None, exc, false, result);
        }
        ret = call(meth.get(), {exc});
        st = SendStatus::Yield;
      }
    } catch (PyException& e) {
      err = std::move(e.exc);
    }
    gen->state = GenState::Suspended;
    ts.current = saved_current;
    gf->back = nullptr;
    if (!err && st == SendStatus::Yield) {
      result = std::move(ret);
      return SendStatus::Yield;
    }
    // The delegate finished: pop it and continue after the yield-from loop, as CPython does
    // by jumping over SEND.
    gf->stack()[--gf->sp]->decref();
    gf->ip = word_arg(gf->code->instrs[gf->ip - 2]);
    if (!err) return gen_send_ex2(gen, ret.get(), nullptr, false, result);
    if (exception_matches(err.get(), exc::StopIteration)) {
      Value val = stop_iteration_value(err.get());
      return gen_send_ex2(gen, val.get(), nullptr, false, result);
    }
    return gen_send_ex2(gen, None, err.get(), false, result);
  }
  return gen_send_ex2(gen, None, exc, false, result);
}

// Turns throw()'s (type[, value[, traceback]]) arguments into an exception instance
// (CPython: genobject.c _gen_throw "throw_here" normalisation).
Value normalize_throw_args(Args a) {
  if (a.npos < 1 || a.npos > 3) {
    raise(exc::TypeError, "throw expected at least 1 argument, got " + std::to_string(a.npos));
  }
  Object* typ = a[0];
  Object* val = a.npos > 1 ? a[1] : nullptr;
  Object* tb = a.npos > 2 ? a[2] : nullptr;
  if (tb == None) tb = nullptr;
  if (tb && tb->type != traceback_type) {
    raise(exc::TypeError, "throw() third argument must be a traceback object");
  }
  Value exc;
  if (is_instance(typ, type_type) && static_cast<Type*>(typ)->is_subtype_of(exc::BaseException)) {
    if (val && val != None && as_exception(val) &&
        val->type->is_subtype_of(static_cast<Type*>(typ))) {
      exc = Value(val);
    } else if (val && val != None) {
      Object* args[] = {val};
      exc = call(typ, std::span<Object* const>(args, 1));
    } else {
      exc = call(typ, std::initializer_list<Object*>{});
    }
  } else if (as_exception(typ)) {
    if (val && val != None) {
      raise(exc::TypeError, "instance exception may not have a separate value");
    }
    exc = Value(typ);
  } else {
    raise(exc::TypeError,
          "exceptions must be classes or instances deriving from BaseException, not " +
              typ->type->name);
  }
  if (tb) as_exception(exc.get())->traceback = Value(tb);
  return exc;
}

}  // namespace

SendStatus gen_send_ex(Generator* gen, Object* value, Object* exc, Value& result) {
  return gen_send_ex2(gen, value, exc, false, result);
}

Object* gen_yield_from(Generator* gen) {
  if (gen->state != GenState::Suspended || !gen->frame) return nullptr;
  Frame* f = gen->frame;
  if (f->ip == 0) return nullptr;
  CodeWord prev = f->code->instrs[f->ip - 1];
  if (word_op(prev) != Op::YIELD_VALUE || word_arg(prev) != 1) return nullptr;
  return f->stack()[f->sp - 1];
}

void gen_close(Generator* gen) {
  Value err;
  if (Object* yf = gen_yield_from(gen)) {
    Value keep(yf);
    gen->state = GenState::Running;
    try {
      gen_close_iter(yf);
    } catch (PyException& e) {
      err = std::move(e.exc);
    }
    gen->state = GenState::Suspended;
  }
  if (!err) err = call(exc::GeneratorExit, std::initializer_list<Object*>{});
  try {
    Value r;
    if (gen_send_ex2(gen, None, err.get(), true, r) == SendStatus::Yield) {
      raise(exc::RuntimeError, std::string(gen_kind_name(gen)) + " ignored GeneratorExit");
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
// 3. The generator / coroutine / coroutine_wrapper types
// ---------------------------------------------------------------------------------------------

namespace {

SendStatus gen_send_slot(Object* self, Object* value, Value& result) {
  return gen_send_ex2(as_gen(self), value, nullptr, false, result);
}

SendStatus gen_throw_slot(Object* self, Object* exc, Value& result) {
  return gen_throw_impl(as_gen(self), true, exc, result);
}

Value gen_iternext(Object* self) {
  Value r;
  if (gen_send_ex2(as_gen(self), None, nullptr, false, r) == SendStatus::Yield) return r;
  return nullptr;
}

Value gen_repr(Object* self) {
  const char* kind = self->type == coroutine_type ? "coroutine" : "generator";
  return str_from(std::string("<") + kind + " object " + as_gen(self)->qualname->s + " at " +
                  address(self) + ">");
}

// send() as a method: a return becomes StopIteration(value).
Value gen_send_method(Object* self, Args a) {
  check_one_arg(a, "send");
  Value r;
  if (gen_send_ex2(as_gen(self), a[0], nullptr, false, r) == SendStatus::Return) {
    raise_stop_iteration(r.get());
  }
  return r;
}

Value gen_throw_method(Object* self, Args a) {
  no_kwargs(a, "throw");
  Value exc = normalize_throw_args(a);
  Value r;
  if (gen_throw_impl(as_gen(self), true, exc.get(), r) == SendStatus::Return) {
    raise_stop_iteration(r.get());
  }
  return r;
}

Value gen_close_method(Object* self, Args a) {
  check_no_args(a, "close");
  gen_close(as_gen(self));
  return Value(None);
}

Value gen_next_method(Object* self, Args a) {
  check_no_args(a, "__next__");
  Value r;
  if (gen_send_ex2(as_gen(self), None, nullptr, false, r) == SendStatus::Return) {
    raise_stop_iteration(r.get());
  }
  return r;
}

void add_common_members(Type* t, const char* prefix) {
  std::string p = prefix;
  add_method(t, "send", gen_send_method);
  add_method(t, "throw", gen_throw_method);
  add_method(t, "close", gen_close_method);
  add_getset(
      t, "__name__", [](Object* s) -> Value { return as_gen(s)->name; },
      [](Object* s, Object* v) {
        if (!v || !is_instance(v, str_type)) {
          raise(exc::TypeError, "__name__ must be set to a string object");
        }
        as_gen(s)->name = Ref<Str>(static_cast<Str*>(v));
      });
  add_getset(
      t, "__qualname__", [](Object* s) -> Value { return as_gen(s)->qualname; },
      [](Object* s, Object* v) {
        if (!v || !is_instance(v, str_type)) {
          raise(exc::TypeError, "__qualname__ must be set to a string object");
        }
        as_gen(s)->qualname = Ref<Str>(static_cast<Str*>(v));
      });
  auto running = [](Object* s) -> Value { return bool_obj(as_gen(s)->state == GenState::Running); };
  auto suspended = [](Object* s) -> Value {
    return bool_obj(as_gen(s)->state == GenState::Suspended);
  };
  auto code = [](Object* s) -> Value { return as_gen(s)->code; };
  auto yieldfrom = [](Object* s) -> Value {
    Object* yf = gen_yield_from(as_gen(s));
    return Value(yf ? yf : None);
  };
  auto frame = [](Object* s) -> Value {
    Generator* g = as_gen(s);
    if (!g->frame || g->state == GenState::Completed) return Value(None);
    return frame_snapshot(g->frame, false);
  };
  // The attribute names differ per kind (gi_ / cr_ / ag_); names must be string literals.
  if (p == "gi") {
    add_getset(t, "gi_running", running);
    add_getset(t, "gi_suspended", suspended);
    add_getset(t, "gi_code", code);
    add_getset(t, "gi_yieldfrom", yieldfrom);
    add_getset(t, "gi_frame", frame);
  } else if (p == "cr") {
    add_getset(t, "cr_running", running);
    add_getset(t, "cr_suspended", suspended);
    add_getset(t, "cr_code", code);
    add_getset(t, "cr_await", yieldfrom);
    add_getset(t, "cr_frame", frame);
    add_getset(t, "cr_origin", [](Object*) -> Value { return Value(None); });
  } else {
    add_getset(t, "ag_running",
               [](Object* s) -> Value { return bool_obj(as_gen(s)->ag_running_async); });
    add_getset(t, "ag_code", code);
    add_getset(t, "ag_await", yieldfrom);
    add_getset(t, "ag_frame", frame);
  }
}

// coro.__await__() (CPython: genobject.c coro_wrapper): an iterator over the coroutine.
struct CoroWrapper : Object {
  Ref<Generator> coro;
  CoroWrapper(Type* t, Generator* c) : Object(t), coro(c) {}
};

Value coro_await(Object* self) {
  return make<CoroWrapper>(coro_wrapper_type, as_gen(self));
}

Generator* wrapped(Object* w) {
  return static_cast<CoroWrapper*>(w)->coro.get();
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// 4. Awaitables
// ---------------------------------------------------------------------------------------------

namespace {

bool is_awaitable_generator(Object* o) {
  return o->type == generator_type && (as_gen(o)->code->flags & CO_ITERABLE_COROUTINE);
}

}  // namespace

Value get_awaitable_iter(Object* o, uint32_t where) {
  if (o->type == coroutine_type) {
    if (gen_yield_from(as_gen(o))) raise(exc::RuntimeError, "coroutine is being awaited already");
    return Value(o);
  }
  if (is_awaitable_generator(o)) return Value(o);
  if (!o->type->await) {
    if (where == 1) {
      raise(exc::TypeError,
            "'async with' received an object from __aenter__ that does not implement __await__: " +
                o->type->name);
    }
    if (where == 2) {
      raise(exc::TypeError,
            "'async with' received an object from __aexit__ that does not implement __await__: " +
                o->type->name);
    }
    raise(exc::TypeError, "object " + o->type->name + " can't be used in 'await' expression");
  }
  Value res = o->type->await(o);
  if (res->type == coroutine_type || is_awaitable_generator(res.get())) {
    raise(exc::TypeError, "__await__() returned a coroutine");
  }
  if (!res->type->next && !res->type->send) {
    raise(exc::TypeError, "__await__() returned non-iterator of type '" + res->type->name + "'");
  }
  return res;
}

Value get_aiter(Object* o) {
  Value aiter = lookup_special(o, dunder::aiter);
  if (!aiter) {
    raise(exc::TypeError,
          "'async for' requires an object with __aiter__ method, got " + o->type->name);
  }
  Value it = call(aiter.get(), std::initializer_list<Object*>{});
  if (!it->type->lookup(dunder::anext)) {
    raise(exc::TypeError,
          "'async for' received an object from __aiter__ that does not implement __anext__: " +
              it->type->name);
  }
  return it;
}

Value get_anext_awaitable(Object* aiter) {
  Value anext = lookup_special(aiter, dunder::anext);
  if (!anext) {
    raise(exc::TypeError,
          "'async for' requires an iterator with __anext__ method, got " + aiter->type->name);
  }
  Value next_iter = call(anext.get(), std::initializer_list<Object*>{});
  if (next_iter->type == async_gen_asend_type) return next_iter;
  try {
    return get_awaitable_iter(next_iter.get(), 0);
  } catch (PyException& e) {
    Value err =
        new_exception(exc::TypeError, "'async for' received an invalid object from __anext__: " +
                                          next_iter->type->name);
    as_exception(err.get())->cause = e.exc;
    as_exception(err.get())->context = e.exc;
    as_exception(err.get())->suppress_context = true;
    raise(std::move(err));
  }
}

// ---------------------------------------------------------------------------------------------
// 5. Async generators
// ---------------------------------------------------------------------------------------------

namespace {

struct AsyncGenWrapped : Object {
  Value val;
  AsyncGenWrapped(Type* t, Object* v) : Object(t), val(v) {}
};

enum class AwaitableState : uint8_t { Init, Iter, Closed };

struct AsyncGenASend : Object {
  Ref<Generator> gen;
  Value sendval;
  AwaitableState state = AwaitableState::Init;
  AsyncGenASend(Type* t, Generator* g, Object* v) : Object(t), gen(g), sendval(v) {}
};

struct AsyncGenAThrow : Object {
  Ref<Generator> gen;
  Value exc;  // null: aclose()
  AwaitableState state = AwaitableState::Init;
  AsyncGenAThrow(Type* t, Generator* g, Object* e) : Object(t), gen(g), exc(e) {}
};

// CPython: genobject.c async_gen_init_hooks.
void async_gen_init_hooks(Generator* g) {
  if (g->ag_hooks_inited) return;
  g->ag_hooks_inited = true;
  AsyncGenHooks& h = asyncgen_hooks();
  if (h.finalizer) ag_finalizer(g) = h.finalizer;
  if (h.firstiter) {
    Value fi = h.firstiter;
    call(fi.get(), {g});
  }
}

[[noreturn]] void raise_stop_async_iteration() {
  raise(call(exc::StopAsyncIteration, std::initializer_list<Object*>{}));
}

// CPython: genobject.c async_gen_unwrap_value, in send/throw-slot form: a wrapped value
// finishes the awaitable (Return), anything else passes through to the event loop.
SendStatus async_gen_unwrap(Generator* g, SendStatus st, Value& result) {
  if (st == SendStatus::Return) {
    g->ag_closed = true;
    g->ag_running_async = false;
    raise_stop_async_iteration();
  }
  if (result->type == async_gen_wrapped_type) {
    result = static_cast<AsyncGenWrapped*>(result.get())->val;
    g->ag_running_async = false;
    return SendStatus::Return;
  }
  return SendStatus::Yield;
}

template <class F>
SendStatus async_gen_guarded(Generator* g, F&& step, Value& result) {
  try {
    SendStatus st = step();
    return async_gen_unwrap(g, st, result);
  } catch (PyException& e) {
    if (exception_matches(e.exc.get(), exc::StopAsyncIteration) ||
        exception_matches(e.exc.get(), exc::GeneratorExit)) {
      g->ag_closed = true;
    }
    g->ag_running_async = false;
    throw;
  }
}

SendStatus asend_send(Object* self, Object* arg, Value& result) {
  auto* o = static_cast<AsyncGenASend*>(self);
  if (o->state == AwaitableState::Closed) {
    raise(exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  }
  if (o->state == AwaitableState::Init) {
    if (o->gen->ag_running_async) {
      raise(exc::RuntimeError, "anext(): asynchronous generator is already running");
    }
    if (!arg || arg == None) arg = o->sendval.get();
    o->state = AwaitableState::Iter;
  }
  Generator* g = o->gen.get();
  g->ag_running_async = true;
  try {
    SendStatus st = async_gen_guarded(
        g, [&] { return gen_send_ex2(g, arg, nullptr, false, result); }, result);
    if (st == SendStatus::Return) o->state = AwaitableState::Closed;
    return st;
  } catch (...) {
    o->state = AwaitableState::Closed;
    throw;
  }
}

SendStatus asend_throw(Object* self, Object* exc, Value& result) {
  auto* o = static_cast<AsyncGenASend*>(self);
  if (o->state == AwaitableState::Closed) {
    raise(exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  }
  Generator* g = o->gen.get();
  try {
    SendStatus st = async_gen_guarded(
        g, [&] { return gen_throw_impl(g, true, exc, result); }, result);
    if (st == SendStatus::Return) o->state = AwaitableState::Closed;
    return st;
  } catch (...) {
    o->state = AwaitableState::Closed;
    throw;
  }
}

[[noreturn]] void athrow_finish_close(AsyncGenAThrow* o, Generator* g) {
  g->ag_running_async = false;
  o->state = AwaitableState::Closed;
  raise(exc::RuntimeError, "async generator ignored GeneratorExit");
}

// aclose() swallows the generator finishing: that is how the awaitable completes.
template <class F>
SendStatus athrow_close_step(AsyncGenAThrow* o, Generator* g, F&& step, Value& result) {
  try {
    SendStatus st = step();
    if (st == SendStatus::Return) {
      g->ag_running_async = false;
      o->state = AwaitableState::Closed;
      result = Value(None);
      return SendStatus::Return;
    }
    if (result->type == async_gen_wrapped_type) athrow_finish_close(o, g);
    return SendStatus::Yield;
  } catch (PyException& e) {
    g->ag_running_async = false;
    o->state = AwaitableState::Closed;
    if (exception_matches(e.exc.get(), exc::StopAsyncIteration) ||
        exception_matches(e.exc.get(), exc::GeneratorExit)) {
      result = Value(None);
      return SendStatus::Return;
    }
    throw;
  }
}

SendStatus athrow_send(Object* self, Object* arg, Value& result) {
  auto* o = static_cast<AsyncGenAThrow*>(self);
  Generator* g = o->gen.get();
  if (o->state == AwaitableState::Closed) {
    raise(exc::RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  }
  if (g->state == GenState::Completed) {
    o->state = AwaitableState::Closed;
    result = Value(None);
    return SendStatus::Return;
  }
  if (o->state == AwaitableState::Init) {
    if (g->ag_running_async) {
      o->state = AwaitableState::Closed;
      raise(exc::RuntimeError, o->exc ? "athrow(): asynchronous generator is already running"
                                      : "aclose(): asynchronous generator is already running");
    }
    if (g->ag_closed) {
      o->state = AwaitableState::Closed;
      raise_stop_async_iteration();
    }
    if (arg && arg != None) {
      raise(exc::RuntimeError, "can't send non-None value to a just-started coroutine");
    }
    o->state = AwaitableState::Iter;
    g->ag_running_async = true;
    if (!o->exc) {
      g->ag_closed = true;
      Value ge = call(exc::GeneratorExit, std::initializer_list<Object*>{});
      return athrow_close_step(
          o, g, [&] { return gen_throw_impl(g, false, ge.get(), result); }, result);
    }
    Object* e = o->exc.get();
    try {
      return async_gen_guarded(
          g, [&] { return gen_throw_impl(g, false, e, result); }, result);
    } catch (...) {
      o->state = AwaitableState::Closed;
      throw;
    }
  }
  if (o->exc) {
    return async_gen_guarded(
        g, [&] { return gen_send_ex2(g, arg, nullptr, false, result); }, result);
  }
  return athrow_close_step(
      o, g, [&] { return gen_send_ex2(g, arg, nullptr, false, result); }, result);
}

SendStatus athrow_throw(Object* self, Object* exc, Value& result) {
  auto* o = static_cast<AsyncGenAThrow*>(self);
  Generator* g = o->gen.get();
  if (o->state == AwaitableState::Closed) {
    raise(exc::RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  }
  if (o->exc) {
    return async_gen_guarded(
        g, [&] { return gen_throw_impl(g, true, exc, result); }, result);
  }
  return athrow_close_step(
      o, g, [&] { return gen_throw_impl(g, true, exc, result); }, result);
}

// Methods shared by asend/athrow awaitables: send/throw/close/__next__/__await__/__iter__.
Value awaitable_send_method(Object* self, Args a) {
  check_one_arg(a, "send");
  Value r;
  if (self->type->send(self, a[0], r) == SendStatus::Return) raise_stop_iteration(r.get());
  return r;
}

Value awaitable_throw_method(Object* self, Args a) {
  no_kwargs(a, "throw");
  Value exc = normalize_throw_args(a);
  Value r;
  if (self->type->throw_(self, exc.get(), r) == SendStatus::Return) raise_stop_iteration(r.get());
  return r;
}

Value awaitable_next(Object* self) {
  Value r;
  if (self->type->send(self, None, r) == SendStatus::Return) raise_stop_iteration(r.get());
  return r;
}

Value awaitable_close_method(Object* self, Args) {
  if (self->type == async_gen_asend_type) {
    static_cast<AsyncGenASend*>(self)->state = AwaitableState::Closed;
  } else {
    static_cast<AsyncGenAThrow*>(self)->state = AwaitableState::Closed;
  }
  return Value(None);
}

Value self_iter(Object* self) {
  return Value(self);
}

Value agen_aiter(Object* self, Args a) {
  check_no_args(a, "__aiter__");
  return Value(self);
}

Value agen_anext(Object* self, Args a) {
  check_no_args(a, "__anext__");
  async_gen_init_hooks(as_gen(self));
  return make<AsyncGenASend>(async_gen_asend_type, as_gen(self), None);
}

Value agen_asend(Object* self, Args a) {
  check_one_arg(a, "asend");
  async_gen_init_hooks(as_gen(self));
  return make<AsyncGenASend>(async_gen_asend_type, as_gen(self), a[0]);
}

Value agen_athrow(Object* self, Args a) {
  no_kwargs(a, "athrow");
  async_gen_init_hooks(as_gen(self));
  Value exc = normalize_throw_args(a);
  return make<AsyncGenAThrow>(async_gen_athrow_type, as_gen(self), exc.get());
}

Value agen_aclose(Object* self, Args a) {
  check_no_args(a, "aclose");
  async_gen_init_hooks(as_gen(self));
  return make<AsyncGenAThrow>(async_gen_athrow_type, as_gen(self), nullptr);
}

Value agen_repr(Object* self) {
  return str_from("<async_generator object " + as_gen(self)->qualname->s + " at " + address(self) +
                  ">");
}

}  // namespace

Value async_gen_wrap_value(Object* v) {
  return make<AsyncGenWrapped>(async_gen_wrapped_type, v);
}

// anext(aiterator, default) (CPython: Objects/iterobject.c anextawaitable): drives the
// awaitable __anext__ returned and turns StopAsyncIteration into returning `default`.
namespace {

Type* anext_awaitable_type = nullptr;

struct AnextAwaitable : Object {
  Value wrapped;
  Value it;
  Value dflt;
  AnextAwaitable(Type* t, Object* w, Object* d) : Object(t), wrapped(w), dflt(d) {}
};

Object* anext_iter(AnextAwaitable* o) {
  if (!o->it) {
    Object* w = o->wrapped.get();
    o->it = (w->type->send || w->type->next) && w->type != coroutine_type
                ? Value(w)
                : get_awaitable_iter(w, 0);
  }
  return o->it.get();
}

template <class Step>
SendStatus anext_step(AnextAwaitable* o, Step&& step, Value& result) {
  try {
    return step(anext_iter(o));
  } catch (PyException& e) {
    if (!exception_matches(e.exc.get(), exc::StopAsyncIteration)) throw;
    result = o->dflt;
    return SendStatus::Return;
  }
}

SendStatus anext_send(Object* self, Object* v, Value& result) {
  auto* o = static_cast<AnextAwaitable*>(self);
  return anext_step(
      o,
      [&](Object* it) {
        if (it->type->send) return it->type->send(it, v, result);
        result = it->type->next(it);
        if (result) return SendStatus::Yield;
        result = Value(None);
        return SendStatus::Return;
      },
      result);
}

SendStatus anext_throw(Object* self, Object* exc, Value& result) {
  auto* o = static_cast<AnextAwaitable*>(self);
  return anext_step(
      o,
      [&](Object* it) {
        if (it->type->throw_) return it->type->throw_(it, exc, result);
        raise(Value(exc));
      },
      result);
}

}  // namespace

Value anext_awaitable_new(Object* awaitable, Object* dflt) {
  return make<AnextAwaitable>(anext_awaitable_type, awaitable, dflt);
}

// ---------------------------------------------------------------------------------------------
// 6. Finalization and types.coroutine
// ---------------------------------------------------------------------------------------------

namespace {

// CPython: genobject.c _PyGen_Finalize.
void gen_finalize(Object* self) {
  Generator* g = as_gen(self);
  if (g->state == GenState::Completed) return;
  if (g->is_async_gen() && ag_finalizer(g) && !g->ag_closed) {
    try {
      Value fin = ag_finalizer(g);
      call(fin.get(), {self});
    } catch (PyException& e) {
      write_unraisable(self, e.exc.get());
    }
    return;
  }
  if (g->is_coroutine() && g->state == GenState::Created) {
    try {
      warn(exc::RuntimeWarning, "coroutine '" + g->qualname->s + "' was never awaited", 1, self);
    } catch (PyException& e) {
      write_unraisable(self, e.exc.get());
    }
    return;
  }
  try {
    gen_close(g);
  } catch (PyException& e) {
    write_unraisable(self, e.exc.get());
  }
}

Type* make_gen_type(const char* name) {
  Type* t = new_builtin_type(name, object_type);
  t->allows_subclass = false;
  t->finalize = gen_finalize;
  t->send = gen_send_slot;
  t->throw_ = gen_throw_slot;
  return t;
}

}  // namespace

Value types_coroutine(Object* func) {
  if (func->type != function_type) return Value(func);
  auto* fn = static_cast<Function*>(func);
  if (!(fn->code->flags & CO_GENERATOR)) return Value(func);
  Ref<Code> code = code_from_unit(fn->code->unit);
  code->flags |= CO_ITERABLE_COROUTINE;
  Ref<Function> copy = function_new(code, fn->globals);
  copy->name = fn->name;
  copy->qualname = fn->qualname;
  copy->defaults = fn->defaults;
  copy->kwdefaults = fn->kwdefaults;
  copy->closure = fn->closure;
  copy->doc = fn->doc;
  copy->module = fn->module;
  copy->annotations = fn->annotations;
  if (fn->dict) copy->dict = dict_copy(fn->dict.get());
  return copy;
}

void init_generator_types() {
  if (generator_type) return;

  Type* g = make_gen_type("generator");
  g->repr = gen_repr;
  g->iter = self_iter;
  g->next = gen_iternext;
  add_method(g, "__next__", gen_next_method);
  add_common_members(g, "gi");
  g->ready();
  generator_type = g;

  Type* c = make_gen_type("coroutine");
  c->repr = gen_repr;
  c->await = coro_await;
  add_common_members(c, "cr");
  c->ready();
  coroutine_type = c;

  Type* a = make_gen_type("async_generator");
  a->repr = agen_repr;
  a->send = nullptr;
  a->throw_ = nullptr;
  add_method(a, "__aiter__", agen_aiter);
  add_method(a, "__anext__", agen_anext);
  add_method(a, "asend", agen_asend);
  add_method(a, "athrow", agen_athrow);
  add_method(a, "aclose", agen_aclose);
  add_common_members(a, "ag");
  a->ready();
  async_generator_type = a;

  Type* w = new_builtin_type("coroutine_wrapper", object_type);
  w->allows_subclass = false;
  w->iter = self_iter;
  w->send = [](Object* self, Object* v, Value& r) {
    return gen_send_ex2(wrapped(self), v, nullptr, false, r);
  };
  w->throw_ = [](Object* self, Object* e, Value& r) {
    return gen_throw_impl(wrapped(self), true, e, r);
  };
  w->next = awaitable_next;
  add_method(w, "send", awaitable_send_method);
  add_method(w, "throw", awaitable_throw_method);
  add_method(w, "close", [](Object* self, Args) -> Value {
    gen_close(wrapped(self));
    return Value(None);
  });
  w->ready();
  coro_wrapper_type = w;

  Type* v = new_builtin_type("async_generator_wrapped_value", object_type);
  v->allows_subclass = false;
  v->ready();
  async_gen_wrapped_type = v;

  Type* an = new_builtin_type("anext_awaitable", object_type);
  an->allows_subclass = false;
  an->send = anext_send;
  an->throw_ = anext_throw;
  an->iter = self_iter;
  an->next = awaitable_next;
  an->await = self_iter;
  add_method(an, "send", awaitable_send_method);
  add_method(an, "throw", awaitable_throw_method);
  an->ready();
  anext_awaitable_type = an;

  for (int i = 0; i < 2; ++i) {
    Type* t =
        new_builtin_type(i == 0 ? "async_generator_asend" : "async_generator_athrow", object_type);
    t->allows_subclass = false;
    t->send = i == 0 ? asend_send : athrow_send;
    t->throw_ = i == 0 ? asend_throw : athrow_throw;
    t->iter = self_iter;
    t->next = awaitable_next;
    t->await = self_iter;
    add_method(t, "send", awaitable_send_method);
    add_method(t, "throw", awaitable_throw_method);
    add_method(t, "close", awaitable_close_method);
    t->ready();
    (i == 0 ? async_gen_asend_type : async_gen_athrow_type) = t;
  }
}

}  // namespace al
