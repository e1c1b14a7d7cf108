// Core object-model behaviour: attribute lookup, calls, reprs of the basic types.
// Expected strings come from running the same expressions in CPython 3.11.
#include <catch2/catch.hpp>

#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/float.h"
#include "engine/runtime/int.h"
#include "engine/runtime/list.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/types.h"

using namespace al;

TEST_CASE("reprs of basic values") {
  runtime_init();
  CHECK(repr(None)->s == "None");
  CHECK(repr(True_)->s == "True");
  CHECK(repr(int_from(int64_t(-42)).get())->s == "-42");
  CHECK(repr(float_from(0.1).get())->s == "0.1");
  CHECK(repr(str_from("it's").get())->s == "\"it's\"");
  Ref<List> l = list_new();
  list_append(l.get(), int_from(int64_t(1)).get());
  list_append(l.get(), str_from("a").get());
  CHECK(repr(l.get())->s == "[1, 'a']");
  Ref<Tuple> t = tuple_from({int_from(int64_t(1)).get()});
  CHECK(repr(t.get())->s == "(1,)");
  Ref<Dict> d = dict_new();
  dict_set(d.get(), str_from("k").get(), l.get());
  CHECK(repr(d.get())->s == "{'k': [1, 'a']}");
}

TEST_CASE("binary operators raise CPython's TypeError") {
  runtime_init();
  Value one = int_from(int64_t(1));
  Value s = str_from("x");
  try {
    binary_op(one.get(), s.get(), BinOp::Add);
    FAIL("no exception");
  } catch (PyException& e) {
    CHECK(is_instance(e.exc.get(), exc::TypeError));
    CHECK(str(e.exc.get())->s == "unsupported operand type(s) for +: 'int' and 'str'");
  }
}
