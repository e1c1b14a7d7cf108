// Recursion guards, deep structures, print/input through the interpreter's sinks, generic
// aliases. Expected strings come from CPython 3.11.
#include <catch2/catch.hpp>

#include <string>

#include "engine/runtime/api.h"
#include "engine/runtime/builtins_module.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/list.h"
#include "engine/runtime/module.h"
#include "engine/runtime/str.h"
#include "engine/runtime/suggestions.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/types.h"
#include "expr_eval.h"

using namespace al;
using al::testing::eval_expr;

namespace {

std::string R(const Value& v) {
  return repr(v.get())->s;
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (PyException& e) {
    return e.exc->type->name + ": " + str(e.exc.get())->s;
  }
  return "no exception";
}

Object* builtin(const char* name) {
  static Ref<Module> m = make_builtins_module();
  return dict_get_cstr(m->dict.get(), name);
}

// Captures interp().out for the duration of a test.
struct CaptureOut {
  std::string text;
  std::function<void(std::string_view)> saved;
  CaptureOut() {
    saved = interp().out;
    interp().out = [this](std::string_view s) { text += s; };
  }
  ~CaptureOut() { interp().out = saved; }
};

}  // namespace

TEST_CASE("reprs of self-referencing containers") {
  runtime_init();
  Value l = eval_expr("[1]");
  list_append(static_cast<List*>(l.get()), l.get());
  CHECK(R(l) == "[1, [...]]");
  Value d = eval_expr("{'a': 1}");
  dict_set(static_cast<Dict*>(d.get()), str_from("self").get(), d.get());
  CHECK(R(d) == "{'a': 1, 'self': {...}}");
  Value inner = eval_expr("[]");
  Value t = tuple_from({inner.get()});
  list_append(static_cast<List*>(inner.get()), t.get());
  CHECK(R(t) == "([(...)],)");
  // Break the cycles so the objects are freed.
  static_cast<List*>(l.get())->items.clear();
  dict_clear(static_cast<Dict*>(d.get()));
  static_cast<List*>(inner.get())->items.clear();
}

TEST_CASE("deeply nested lists: repr raises RecursionError, freeing does not overflow the stack") {
  runtime_init();
  Value x = list_new();
  for (int i = 0; i < 200000; ++i) {
    Ref<List> outer = list_new();
    list_append(outer.get(), x.get());
    x = outer;
  }
  CHECK(error_of([&] { repr(x.get()); }) ==
        "RecursionError: maximum recursion depth exceeded while getting the repr of an object");
  CHECK(interp().recursion_depth == 0);
  x = nullptr;
}

TEST_CASE("print writes through the interpreter's stdout sink") {
  runtime_init();
  CaptureOut cap;
  Value a = str_from("a"), b = str_from("b"), dash = str_from("-"), bang = str_from("!\n");
  Object* items[] = {a.get(), b.get(), dash.get(), bang.get()};
  Ref<Tuple> names = tuple_from({intern("sep"), intern("end")});
  call(builtin("print"), Args{items, 2, names.get()});
  Object* nums[] = {eval_expr("1").get(), eval_expr("2").get(), None, None};
  Value one = eval_expr("1"), two = eval_expr("2");
  nums[0] = one.get();
  nums[1] = two.get();
  call(builtin("print"), Args{nums, 2, names.get()});
  CHECK(cap.text == "a-b!\n1 2\n");
  Value three = eval_expr("3");
  Object* bad[] = {one.get(), three.get()};
  Ref<Tuple> sep = tuple_from({intern("sep")});
  CHECK(error_of([&] {
          call(builtin("print"), Args{bad, 1, sep.get()});
        }) == "TypeError: sep must be None or a string, not int");
  Ref<Tuple> foo = tuple_from({intern("foo")});
  CHECK(error_of([&] {
          call(builtin("print"), Args{bad, 1, foo.get()});
        }) == "TypeError: 'foo' is an invalid keyword argument for print()");
}

TEST_CASE("input reads a line and raises EOFError at the end") {
  runtime_init();
  auto saved = interp().read_line;
  int calls = 0;
  interp().read_line = [&](std::string& line) {
    if (calls++ > 0) return false;
    line = "typed\n";
    return true;
  };
  CaptureOut cap;
  Value prompt = str_from("> ");
  CHECK(R(call(builtin("input"), {prompt.get()})) == "'typed'");
  CHECK(cap.text == "> ");
  CHECK(error_of([&] { call(builtin("input"), {}); }) == "EOFError: EOF when reading a line");
  interp().read_line = saved;
}

TEST_CASE("generic aliases for annotations") {
  runtime_init();
  CHECK(R(eval_expr("list[int]")) == "list[int]");
  CHECK(R(eval_expr("dict[str, list[int]]")) == "dict[str, list[int]]");
  CHECK(R(eval_expr("tuple[int, ...]")) == "tuple[int, ...]");
  CHECK(R(eval_expr("type[int]")) == "type[int]");
  CHECK(R(eval_expr("list[int]([1, 2])")) == "[1, 2]");
  CHECK(R(eval_expr("list[int].__args__")) == "(<class 'int'>,)");
  CHECK(error_of([&] { eval_expr("list[int][0]"); }) ==
        "TypeError: list[int] is not a generic class");
  CHECK(error_of([&] { eval_expr("int[0]"); }) == "TypeError: 'type' object is not subscriptable");
  CHECK(error_of([&] { eval_expr("isinstance([], list[int])"); }) ==
        "TypeError: isinstance() argument 2 cannot be a parameterized generic");
}

TEST_CASE("dir() is sorted and includes inherited names") {
  runtime_init();
  Value d = eval_expr("dir([])");
  Ref<List> first = list_new();
  for (size_t i = 0; i < 5; ++i)
    list_append(first.get(), static_cast<List*>(d.get())->items[i].get());
  // CPython 3.11: sorted(dir([]))[:5]
  CHECK(R(first) == "['__add__', '__class__', '__class_getitem__', '__contains__', '__delattr__']");
}

TEST_CASE("name suggestions follow CPython's distance rules") {
  // CPython 3.11: NameError "Did you mean" for these names.
  CHECK(suggest_name("pritn", {"print", "input", "len"}) == "print");
  CHECK(suggest_name("lenght", {"length", "len"}) == "length");
  CHECK(suggest_name("xyz", {"print", "input"}).empty());
  CHECK(suggest_name("Foo", {"foo"}) == "foo");
}
