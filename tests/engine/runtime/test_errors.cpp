// Error messages of the abstract protocol, checked against CPython 3.11's texts.
#include <catch2/catch.hpp>

#include <functional>
#include <string>

#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/int.h"
#include "engine/runtime/set.h"
#include "engine/runtime/str.h"
#include "engine/runtime/types.h"
#include "expr_eval.h"

using namespace al;
using al::testing::eval_expr;

namespace {

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (PyException& e) {
    return e.exc->type->name + ": " + str(e.exc.get())->s;
  }
  return "no exception";
}

Value V(const char* expr) {
  return eval_expr(expr);
}

}  // namespace

TEST_CASE("item assignment and deletion on immutable objects") {
  runtime_init();
  Value t = V("(1, 2)"), zero = V("0"), five = V("5"), s = V("'abc'"), one = V("1");
  CHECK(error_of([&] { setitem(t.get(), zero.get(), five.get()); }) ==
        "TypeError: 'tuple' object does not support item assignment");
  CHECK(error_of([&] { delitem(t.get(), zero.get()); }) ==
        "TypeError: 'tuple' object doesn't support item deletion");
  CHECK(error_of([&] { setitem(one.get(), zero.get(), five.get()); }) ==
        "TypeError: 'int' object does not support item assignment");
  CHECK(error_of([&] { delitem(s.get(), zero.get()); }) ==
        "TypeError: 'str' object doesn't support item deletion");
  CHECK(error_of([&] { getitem(one.get(), zero.get()); }) ==
        "TypeError: 'int' object is not subscriptable");
}

TEST_CASE("attribute errors") {
  runtime_init();
  Value obj = V("object()"), one = V("1"), lst = V("[]"), len_fn = V("len"), int_t = V("int");
  CHECK(error_of([&] { getattr(None, "x"); }) ==
        "AttributeError: 'NoneType' object has no attribute 'x'");
  CHECK(error_of([&] { setattr(None, intern("x"), one.get()); }) ==
        "AttributeError: 'NoneType' object has no attribute 'x'");
  CHECK(error_of([&] { setattr(obj.get(), intern("x"), one.get()); }) ==
        "AttributeError: 'object' object has no attribute 'x'");
  CHECK(error_of([&] { delattr(obj.get(), intern("x")); }) ==
        "AttributeError: 'object' object has no attribute 'x'");
  CHECK(error_of([&] { setattr(one.get(), intern("real"), one.get()); }) ==
        "AttributeError: attribute 'real' of 'int' objects is not writable");
  CHECK(error_of([&] { setattr(lst.get(), intern("append"), one.get()); }) ==
        "AttributeError: 'list' object attribute 'append' is read-only");
  CHECK(error_of([&] { setattr(len_fn.get(), intern("x"), one.get()); }) ==
        "AttributeError: 'builtin_function_or_method' object has no attribute 'x'");
  CHECK(error_of([&] { setattr(int_t.get(), intern("x"), one.get()); }) ==
        "TypeError: cannot set 'x' attribute of immutable type 'int'");
  CHECK(error_of([&] { delattr(int_t.get(), intern("real")); }) ==
        "TypeError: cannot set 'real' attribute of immutable type 'int'");
  CHECK(error_of([&] { getattr(int_t.get(), "nope"); }) ==
        "AttributeError: type object 'int' has no attribute 'nope'");
}

TEST_CASE("calling, iterating and containment errors") {
  runtime_init();
  Value five = V("5"), one = V("1");
  CHECK(error_of([&] { call(five.get(), {}); }) == "TypeError: 'int' object is not callable");
  CHECK(error_of([&] { get_iter(five.get()); }) == "TypeError: 'int' object is not iterable");
  CHECK(error_of([&] { contains(five.get(), one.get()); }) ==
        "TypeError: argument of type 'int' is not iterable");
  CHECK(error_of([&] { length(five.get()); }) == "TypeError: object of type 'int' has no len()");
  CHECK(error_of([&] { unary_op(V("'a'").get(), UnaryOp::Neg); }) ==
        "TypeError: bad operand type for unary -: 'str'");
  CHECK(error_of([&] { unary_op(V("1.5").get(), UnaryOp::Invert); }) ==
        "TypeError: bad operand type for unary ~: 'float'");
  CHECK(error_of([&] { hash(V("[]").get()); }) == "TypeError: unhashable type: 'list'");
  CHECK(error_of([&] { hash(V("{}").get()); }) == "TypeError: unhashable type: 'dict'");
  CHECK(error_of([&] { V("{[]: 1}"); }) == "TypeError: unhashable type: 'list'");
  CHECK(error_of([&] { V("abs(None)"); }) == "TypeError: bad operand type for abs(): 'NoneType'");
}

TEST_CASE("mutation during iteration") {
  runtime_init();
  Value d = V("{1: 2}");
  CHECK(error_of([&] {
          Value it = get_iter(d.get());
          while (Value k = iter_next(it.get())) {
            dict_set(static_cast<Dict*>(d.get()),
                     binary_op(k.get(), V("1").get(), BinOp::Add).get(), None);
          }
        }) == "RuntimeError: dictionary changed size during iteration");
  Value s = V("{1}");
  CHECK(error_of([&] {
          Value it = get_iter(s.get());
          while (Value k = iter_next(it.get())) set_add(static_cast<Set*>(s.get()), V("5").get());
        }) == "RuntimeError: Set changed size during iteration");
}

TEST_CASE("class creation errors") {
  runtime_init();
  CHECK(error_of([&] { V("type('X', (bool,), {})"); }) ==
        "TypeError: type 'bool' is not an acceptable base type");
  CHECK(error_of([&] { V("type('X', (int, str), {})"); }) ==
        "TypeError: multiple bases have instance lay-out conflict");
  CHECK(error_of([&] { V("type('X', (object, object), {})"); }) ==
        "TypeError: duplicate base class object");
  CHECK(error_of([&] { V("type('X', 1)"); }) == "TypeError: type() takes 1 or 3 arguments");
}

TEST_CASE("replacing keys during iteration is detected") {
  runtime_init();
  // CPython 3.11: d = {1: 1, 2: 2}; for k in d: del d[k]; d[k + 10] = 0
  // raises after replacing both keys, leaving {11: 0, 12: 0}.
  Value d = V("{1: 1, 2: 2}");
  CHECK(error_of([&] {
          Value it = get_iter(d.get());
          while (Value k = iter_next(it.get())) {
            dict_del(static_cast<Dict*>(d.get()), k.get());
            dict_set(static_cast<Dict*>(d.get()),
                     binary_op(k.get(), V("10").get(), BinOp::Add).get(), V("0").get());
          }
        }) == "RuntimeError: dictionary keys changed during iteration");
  CHECK(repr(d.get())->s == "{11: 0, 12: 0}");
}
