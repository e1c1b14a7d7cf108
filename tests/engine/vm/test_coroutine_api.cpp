// The C++ side of coroutines as asyncio uses it: creating a coroutine by calling an async
// function, driving it through the send/throw slots, a native Future-like awaitable, calling
// Python from C++, and the memory footprint of a suspended coroutine.
#include <catch2/catch.hpp>

#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/int.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/module.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/code.h"
#include "engine/vm/eval.h"
#include "engine/vm/frame.h"
#include "engine/vm/generator.h"
#include "engine/vm/run.h"
#include "engine/vm/traceback.h"
#include "engine/vm/vm.h"

using namespace al;

namespace {

// Executes `src` as a module and returns its globals.
Ref<Dict> exec_module(const std::string& src) {
  vm_init();
  Ref<Code> code = compile_to_code(src, "api_test.py");
  Ref<Dict> g = dict_new();
  dict_set_str(g.get(), "__builtins__", interp().builtins.get());
  dict_set_str(g.get(), "__name__", str_from("api_test").get());
  run_code(code.get(), g.get(), g.get());
  return g;
}

Object* global(Dict* g, const char* name) {
  Object* v = dict_get_cstr(g, name);
  REQUIRE(v != nullptr);
  return v;
}

int64_t as_int(Object* o) {
  int64_t v = 0;
  REQUIRE(int_as_int64(o, v));
  return v;
}

// A Future-like native awaitable: `await fut` yields the future itself once, then returns
// the value set with `result`.
struct TestFuture : Object {
  Value result;
  bool yielded = false;
  explicit TestFuture(Type* t) : Object(t) {}
};

Type* test_future_type() {
  static Type* t = [] {
    Type* ft = new_builtin_type("TestFuture", object_type);
    ft->await = [](Object* self) { return Value(self); };
    ft->send = [](Object* self, Object*, Value& r) {
      auto* f = static_cast<TestFuture*>(self);
      if (!f->yielded) {
        f->yielded = true;
        r = Value(self);
        return SendStatus::Yield;
      }
      r = f->result;
      return SendStatus::Return;
    };
    ft->throw_ = [](Object*, Object* exc, Value&) -> SendStatus { raise(Value(exc)); };
    ft->ready();
    return ft;
  }();
  return t;
}

}  // namespace

TEST_CASE("a coroutine is driven through the send slot", "[vm][coroutine]") {
  Ref<Dict> g = exec_module(R"PY(
async def add(fut, x):
    value = await fut
    return value + x
async def outer(fut):
    return await add(fut, 1) * 10
)PY");
  Ref<TestFuture> fut = make<TestFuture>(test_future_type());
  Value coro = call(global(g.get(), "outer"), {fut.get()});
  REQUIRE(coro->type == coroutine_type);

  Value r;
  // The first step runs until the innermost await yields the future.
  REQUIRE(coro->type->send(coro.get(), None, r) == SendStatus::Yield);
  CHECK(r.get() == fut.get());
  CHECK(static_cast<Generator*>(coro.get())->state == GenState::Suspended);
  // The awaited coroutine is what cr_await reports.
  CHECK(gen_yield_from(static_cast<Generator*>(coro.get()))->type == coroutine_type);

  fut->result = int_from(4);
  REQUIRE(coro->type->send(coro.get(), None, r) == SendStatus::Return);
  CHECK(as_int(r.get()) == 50);
  CHECK(static_cast<Generator*>(coro.get())->state == GenState::Completed);

  // A finished coroutine cannot be resumed.
  try {
    coro->type->send(coro.get(), None, r);
    FAIL("expected RuntimeError");
  } catch (PyException& e) {
    CHECK(format_exception_only(e.exc.get()) ==
          "RuntimeError: cannot reuse already awaited coroutine\n");
  }
}

TEST_CASE("throw delivers an exception at the innermost await", "[vm][coroutine]") {
  Ref<Dict> g = exec_module(R"PY(
log = []
async def inner(fut):
    try:
        await fut
    except KeyError as e:
        log.append("inner caught " + str(e))
        raise ValueError("converted")
async def outer(fut):
    try:
        await inner(fut)
    except ValueError as e:
        log.append("outer caught " + str(e) + " from " + type(e.__context__).__name__)
        return "recovered"
)PY");
  Ref<TestFuture> fut = make<TestFuture>(test_future_type());
  Value coro = call(global(g.get(), "outer"), {fut.get()});
  Value r;
  REQUIRE(coro->type->send(coro.get(), None, r) == SendStatus::Yield);
  Value exc = new_exception(exc::KeyError, "");
  REQUIRE(coro->type->throw_(coro.get(), exc.get(), r) == SendStatus::Return);
  CHECK(str(r.get())->s == "recovered");
  CHECK(repr(global(g.get(), "log"))->s ==
        "['inner caught ', 'outer caught converted from KeyError']");
}

TEST_CASE("an exception escaping a coroutine carries its traceback", "[vm][coroutine]") {
  Ref<Dict> g = exec_module(R"PY(
async def fails():
    raise ValueError("bad")
async def main():
    await fails()
)PY");
  Value coro = call(global(g.get(), "main"), {});
  Value r;
  try {
    coro->type->send(coro.get(), None, r);
    FAIL("expected ValueError");
  } catch (PyException& e) {
    // The line cache has no source for api_test.py, so only the frame lines appear.
    CHECK(format_exception(e.exc.get()) ==
          "Traceback (most recent call last):\n"
          "  File \"api_test.py\", line 5, in main\n"
          "  File \"api_test.py\", line 3, in fails\n"
          "ValueError: bad\n");
  }
}

TEST_CASE("native code calls Python functions and gets their exceptions", "[vm][call]") {
  Ref<Dict> g = exec_module(R"PY(
def f(a, b=10, *, c=100):
    return a + b + c
def boom():
    return 1 / 0
)PY");
  Object* f = global(g.get(), "f");
  CHECK(as_int(call(f, {int_from(1).get()}).get()) == 111);
  Value two = int_from(2);
  Value three = int_from(3);
  Object* items[] = {two.get(), three.get()};
  Ref<Tuple> kwnames = tuple_from({intern("c")});
  CHECK(as_int(call(f, Args{items, 1, kwnames.get()}).get()) == 15);
  try {
    call(global(g.get(), "boom"), {});
    FAIL("expected ZeroDivisionError");
  } catch (PyException& e) {
    CHECK(format_exception_only(e.exc.get()) == "ZeroDivisionError: division by zero\n");
  }
}

TEST_CASE("a suspended coroutine with its frame stays small", "[vm][coroutine]") {
  Ref<Dict> g = exec_module(R"PY(
async def worker(fut, n):
    total = 0
    total += await fut
    return total + n
)PY");
  Ref<TestFuture> fut = make<TestFuture>(test_future_type());
  Value coro = call(global(g.get(), "worker"), {fut.get(), int_from(1).get()});
  auto* gen = static_cast<Generator*>(coro.get());
  const Code* code = gen->frame->code;
  const size_t bytes =
      sizeof(Generator) + sizeof(Frame) + (code->nlocalsplus + code->stacksize) * sizeof(Object*);
  INFO("coroutine + frame bytes: " << bytes);
  CHECK(bytes <= 512);
  Value r;
  CHECK(coro->type->send(coro.get(), None, r) == SendStatus::Yield);
  gen_close(gen);
  CHECK(gen->state == GenState::Completed);
}
