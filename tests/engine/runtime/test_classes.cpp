// Classes defined at run time: dunder trampolines, descriptors, super(), subclassing builtins.
// Methods are C++ lambdas wrapped in a test-only callable that binds like a Python function.
// Expected strings come from the equivalent Python script run with CPython 3.11.
#include <catch2/catch.hpp>

#include <functional>
#include <utility>
#include <vector>

#include "engine/runtime/api.h"
#include "engine/runtime/descriptors.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/int.h"
#include "engine/runtime/list.h"
#include "engine/runtime/method.h"
#include "engine/runtime/str.h"
#include "engine/runtime/super.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "expr_eval.h"

using namespace al;
using al::testing::eval_expr;

namespace {

// A callable that binds to instances like a Python function does.
struct TestFunc : Object {
  std::function<Value(Args)> body;
  TestFunc(Type* t, std::function<Value(Args)> b) : Object(t), body(std::move(b)) {}
};

Type* test_func_type() {
  static Type* t = [] {
    Type* ty = new_builtin_type("testfunc", object_type);
    ty->call = [](Object* self, Args a) { return static_cast<TestFunc*>(self)->body(a); };
    ty->descr_get = [](Object* self, Object* obj, Type*) -> Value {
      if (!obj) return Value(self);
      return method_new(self, obj);
    };
    ty->ready();
    return ty;
  }();
  return t;
}

Value fn(std::function<Value(Args)> body) {
  return make<TestFunc>(test_func_type(), std::move(body));
}

Value make_class(const char* name, std::vector<Object*> bases,
                 std::vector<std::pair<const char*, Value>> members,
                 std::vector<std::pair<const char*, Value>> kwargs = {}) {
  Ref<Dict> ns = dict_new();
  for (auto& [k, v] : members) dict_set(ns.get(), intern(k), v.get());
  Ref<Tuple> b = tuple_from(std::span<Object* const>(bases));
  Ref<Str> n = str_from(name);
  std::vector<Object*> items = {n.get(), b.get(), ns.get()};
  std::vector<Object*> names;
  for (auto& [k, v] : kwargs) {
    items.push_back(v.get());
    names.push_back(intern(k));
  }
  Ref<Tuple> kwnames = names.empty() ? nullptr : tuple_from(std::span<Object* const>(names));
  return call(type_type, Args{items.data(), 3, kwnames.get()});
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (PyException& e) {
    return e.exc->type->name + ": " + str(e.exc.get())->s;
  }
  return "no exception";
}

Value I(int64_t v) {
  return int_from(v);
}
std::string R(const Value& v) {
  return repr(v.get())->s;
}

}  // namespace

TEST_CASE("__eq__ without __hash__ makes instances unhashable") {
  runtime_init();
  Value A = make_class("A", {},
                       {{"__init__", fn([](Args a) {
                           setattr(a[0], intern("x"), a[1]);
                           return none();
                         })},
                        {"__eq__", fn([](Args a) -> Value {
                           Object* self = a[0];
                           Object* o = a[1];
                           if (o->type != self->type) return bool_obj(false);
                           return bool_obj(eq(getattr(self, "x").get(), getattr(o, "x").get()));
                         })}});
  Value a = call(A.get(), {I(1).get()});
  Value b = call(A.get(), {I(1).get()});
  CHECK(error_of([&] { hash(a.get()); }) == "TypeError: unhashable type: 'A'");
  CHECK(compare(a.get(), b.get(), CmpOp::Eq).get() == True_);
  CHECK(compare(a.get(), b.get(), CmpOp::Ne).get() == False_);  // __ne__ inverts __eq__
  CHECK(compare(a.get(), I(1).get(), CmpOp::Eq).get() == False_);
  CHECK(compare(a.get(), I(1).get(), CmpOp::Ne).get() == True_);
}

TEST_CASE("binary operators dispatch to __add__ and __radd__") {
  runtime_init();
  static Value V;
  V = make_class("V", {},
                 {{"__init__", fn([](Args a) {
                     setattr(a[0], intern("v"), a[1]);
                     return none();
                   })},
                  {"__add__", fn([](Args a) -> Value {
                     if (!is_exactly(a[1], int_type)) return Value(NotImplemented);
                     Value s = binary_op(getattr(a[0], "v").get(), a[1], BinOp::Add);
                     return call(V.get(), {s.get()});
                   })},
                  {"__radd__", fn([](Args a) -> Value {
                     Value s = binary_op(binary_op(a[1], I(100).get(), BinOp::Mul).get(),
                                         getattr(a[0], "v").get(), BinOp::Add);
                     return call(V.get(), {s.get()});
                   })},
                  {"__repr__", fn([](Args a) -> Value {
                     return str_from("V(" + repr(getattr(a[0], "v").get())->s + ")");
                   })},
                  {"__lt__", fn([](Args a) -> Value {
                     return compare(getattr(a[0], "v").get(), getattr(a[1], "v").get(), CmpOp::Lt);
                   })}});
  Value v1 = call(V.get(), {I(1).get()});
  CHECK(R(binary_op(v1.get(), I(2).get(), BinOp::Add)) == "V(3)");
  CHECK(R(binary_op(I(3).get(), v1.get(), BinOp::Add)) == "V(301)");
  Value x = str_from("x");
  CHECK(error_of([&] { binary_op(v1.get(), x.get(), BinOp::Add); }) ==
        "TypeError: unsupported operand type(s) for +: 'V' and 'str'");
  Ref<List> l = list_new();
  for (int v : {3, 1, 2}) list_append(l.get(), call(V.get(), {I(v).get()}).get());
  list_sort(l.get(), nullptr, false);
  CHECK(R(l) == "[V(1), V(2), V(3)]");
  Value v2 = call(V.get(), {I(2).get()});
  CHECK(compare(v2.get(), v1.get(), CmpOp::Gt).get() == True_);  // reflected __lt__
  CHECK(error_of([&] { compare(v1.get(), v2.get(), CmpOp::Le); }) ==
        "TypeError: '<=' not supported between instances of 'V' and 'V'");
  V = nullptr;
}

TEST_CASE("__getattr__ is a fallback after normal lookup") {
  runtime_init();
  Value G = make_class("G", {}, {{"__getattr__", fn([](Args a) -> Value {
                                    std::string s = static_cast<Str*>(a[1])->s;
                                    for (char& c : s) c = char(toupper(c));
                                    return str_from(s);
                                  })}});
  Value g = call(G.get(), {});
  setattr(g.get(), intern("y"), I(5).get());
  CHECK(R(getattr(g.get(), "abc")) == "'ABC'");
  CHECK(R(getattr(g.get(), "y")) == "5");
}

TEST_CASE("exception subclasses keep BaseException behaviour") {
  runtime_init();
  Value E = make_class("E", {exc::ValueError}, {});
  Value e = eval_expr("1");
  Value bad = str_from("bad");
  e = call(E.get(), {bad.get(), I(2).get()});
  CHECK(R(e) == "E('bad', 2)");
  CHECK(str(e.get())->s == "('bad', 2)");
  CHECK(isinstance(e.get(), exc::ValueError));
  CHECK(R(getattr(E.get(), "__mro__")) ==
        "(<class '__main__.E'>, <class 'ValueError'>, <class 'Exception'>, <class "
        "'BaseException'>, <class "
        "'object'>)");

  static Value E2;
  E2 = make_class("E2", {exc::Exception}, {{"__init__", fn([](Args a) -> Value {
                                              Value sup =
                                                  super_new(static_cast<Type*>(E2.get()), a[0]);
                                              Value msg = str_from("code " + repr(a[1])->s);
                                              call_method(sup.get(), "__init__", {msg.get()});
                                              setattr(a[0], intern("code"), a[1]);
                                              return none();
                                            })}});
  Value e2 = call(E2.get(), {I(5).get()});
  CHECK(R(e2) == "E2('code 5')");
  CHECK(str(e2.get())->s == "code 5");
  CHECK(R(getattr(e2.get(), "code")) == "5");
  CHECK(R(getattr(e2.get(), "args")) == "('code 5',)");
  PyException thrown{e2};
  CHECK(al::testing::exception_text(thrown) == "E2: code 5");
  E2 = nullptr;
}

TEST_CASE("subclasses of int, list and dict") {
  runtime_init();
  Value MyInt = make_class("MyInt", {int_type}, {});
  Value m = call(MyInt.get(), {I(5).get()});
  setattr(m.get(), intern("tag"), I(1).get());
  Value sum = binary_op(m.get(), I(1).get(), BinOp::Add);
  CHECK(R(sum) == "6");
  CHECK(sum->type == int_type);
  CHECK(R(m) == "5");
  CHECK(R(getattr(m.get(), "tag")) == "1");

  Value MyList = make_class("MyList", {list_type}, {});
  Value ml = call(MyList.get(), {eval_expr("[1, 2]").get()});
  call_method(ml.get(), "append", {I(3).get()});
  CHECK(R(ml) == "[1, 2, 3]");
  CHECK(length(ml.get()) == 3);

  Value D = make_class("D", {dict_type}, {{"__missing__", fn([](Args a) -> Value {
                                             return binary_op(a[1], I(2).get(), BinOp::Mul);
                                           })}});
  Value d = call(D.get(), {});
  setitem(d.get(), str_from("a").get(), I(1).get());
  CHECK(R(getitem(d.get(), str_from("a").get())) == "1");
  CHECK(R(getitem(d.get(), str_from("zz").get())) == "'zzzz'");
  CHECK(R(d) == "{'a': 1}");
}

TEST_CASE("property with setter, and deleting without a deleter") {
  runtime_init();
  Value getter = fn([](Args a) { return getattr(a[0], "_x"); });
  Value prop = call(property_type, {getter.get()});
  Value setter = fn([](Args a) {
    setattr(a[0], intern("_x"), binary_op(a[1], I(10).get(), BinOp::Mul).get());
    return none();
  });
  prop = call_method(prop.get(), "setter", {setter.get()});
  Value P = make_class("P", {}, {{"x", prop}});
  Value p = call(P.get(), {});
  setattr(p.get(), intern("x"), I(3).get());
  CHECK(R(getattr(p.get(), "x")) == "30");
  CHECK(error_of([&] { delattr(p.get(), intern("x")); }) ==
        "AttributeError: property 'x' of 'P' object has no deleter");
}

TEST_CASE("sequence protocol through __len__ and __getitem__") {
  runtime_init();
  Value S = make_class(
      "S", {}, {{"__len__", fn([](Args) { return I(3); })}, {"__getitem__", fn([](Args a) -> Value {
                                                               int64_t i;
                                                               int_as_int64(a[1], i);
                                                               if (i >= 3)
                                                                 raise(exc::IndexError, "");
                                                               return I(i * 10);
                                                             })}});
  Value s = call(S.get(), {});
  CHECK(R(list_from_iterable(s.get())) == "[0, 10, 20]");
  CHECK(truthy(s.get()));
  CHECK(contains(s.get(), I(10).get()));
  CHECK(length(s.get()) == 3);
}

TEST_CASE("dunder results are type-checked") {
  runtime_init();
  Value B = make_class("B", {}, {{"__bool__", fn([](Args) { return I(0); })}});
  CHECK(error_of([&] { truthy(call(B.get(), {}).get()); }) ==
        "TypeError: __bool__ should return bool, returned int");
  Value Rr = make_class("R", {}, {{"__repr__", fn([](Args) { return I(5); })}});
  CHECK(error_of([&] { repr(call(Rr.get(), {}).get()); }) ==
        "TypeError: __repr__ returned non-string (type int)");
}

TEST_CASE("__init_subclass__ receives class keywords") {
  runtime_init();
  Value hook = classmethod_new(fn([](Args a) -> Value {
                                 Ref<Dict> kw = dict_new();
                                 dict_merge_kwargs(kw.get(), a);
                                 setattr(a[0], intern("kw"), kw.get());
                                 return none();
                               }).get());
  Value Base = make_class("Base", {}, {{"__init_subclass__", hook}});
  Value Sub = make_class("Sub", {Base.get()}, {}, {{"flag", bool_obj(true)}});
  CHECK(R(getattr(Sub.get(), "kw")) == "{'flag': True}");
}

TEST_CASE("classes without __init__ take no arguments") {
  runtime_init();
  Value NoInit = make_class("NoInit", {}, {});
  CHECK(error_of([&] { call(NoInit.get(), {I(1).get()}); }) ==
        "TypeError: NoInit() takes no arguments");
  CHECK(R(getattr(NoInit.get(), "__name__")) == "'NoInit'");
  CHECK(R(getattr(NoInit.get(), "__module__")) == "'__main__'");
  CHECK(R(NoInit) == "<class '__main__.NoInit'>");
}

TEST_CASE("assigning a dunder on a base class updates existing subclasses") {
  runtime_init();
  // CPython 3.11: class B: pass; class S(B): pass; B.__repr__ = lambda self: 'custom'; repr(S())
  Value B = make_class("B", {}, {});
  Value S = make_class("S", {B.get()}, {});
  Value s = call(S.get(), {});
  setattr(B.get(), intern("__repr__"), fn([](Args) -> Value { return str_from("custom"); }).get());
  CHECK(R(s) == "custom");
  setattr(B.get(), intern("__len__"), fn([](Args) -> Value { return I(7); }).get());
  CHECK(length(s.get()) == 7);
}
