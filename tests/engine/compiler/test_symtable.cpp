// The symbol table agrees with CPython's: for each case of symtable_cases.py, our dump equals
// the view of Python's `symtable` module that regen.py recorded in symtable_expected.json
// (block types, names, lines, nesting, parameters, and every symbol's flags and scope).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "engine/compiler/parser.h"
#include "engine/compiler/symtable.h"
#include "test_support.h"

TEST_CASE("symbol tables match CPython's symtable module", "[symtable]") {
  auto cases = nlohmann::json::parse(
      al::test::read_file(al::test::compiler_test_path("symtable_expected.json")));
  REQUIRE(cases.size() >= 20);
  for (const auto& c : cases) {
    DYNAMIC_SECTION(c["name"].get<std::string>()) {
      auto module = al::parse_module(c["source"].get<std::string>(), "case.py");
      auto table = al::analyze(*module);
      CHECK(al::symtable::dump(table) == c["dump"].get<std::string>());
    }
  }
}

TEST_CASE("symbol table flags generators, coroutines and class cells", "[symtable]") {
  // Expected values from python3: inspect.isgeneratorfunction / iscoroutinefunction /
  // isasyncgenfunction on these functions, and '__class__' in C.m.__code__.co_freevars.
  auto module = al::parse_module(
      "def g():\n    yield 1\n"
      "async def c():\n    await g()\n"
      "async def ag():\n    yield 1\n"
      "def f():\n    return [x for x in ()]\n"
      "class C:\n    def m(self):\n        return super().m()\n",
      "t.py");
  auto table = al::analyze(*module);
  const auto& body = module->body;
  const al::symtable::Entry* g = table.lookup(body[0]);
  const al::symtable::Entry* c = table.lookup(body[1]);
  const al::symtable::Entry* ag = table.lookup(body[2]);
  const al::symtable::Entry* f = table.lookup(body[3]);
  const al::symtable::Entry* cls = table.lookup(body[4]);
  REQUIRE(g);
  REQUIRE(c);
  REQUIRE(ag);
  REQUIRE(f);
  REQUIRE(cls);
  CHECK(g->generator);
  CHECK_FALSE(g->coroutine);
  CHECK(c->coroutine);
  CHECK_FALSE(c->generator);
  CHECK(ag->coroutine);
  CHECK(ag->generator);
  CHECK_FALSE(f->generator);
  REQUIRE(f->children.size() == 1);
  CHECK(f->children[0]->comprehension == al::symtable::Comprehension::List);
  CHECK(f->children[0]->varnames == std::vector<std::string>{".0"});
  CHECK(cls->needs_class_closure);
  CHECK(cls->children[0]->scope_of("__class__") == al::symtable::Scope::Free);
  CHECK(table.lookup(&body[0]->as<al::ast::FunctionDef>()) == g);
  CHECK(table.top()->node == module.get());
}

TEST_CASE("private names are mangled as CPython does", "[symtable]") {
  // Expected values from python3's compiler: _Py_Mangle as observed in co_names.
  CHECK(al::symtable::mangle("Foo", "__x") == "_Foo__x");
  CHECK(al::symtable::mangle("_Foo", "__x") == "_Foo__x");
  CHECK(al::symtable::mangle("__", "__x") == "__x");
  CHECK(al::symtable::mangle("Foo", "__x__") == "__x__");
  CHECK(al::symtable::mangle("Foo", "_x") == "_x");
  CHECK(al::symtable::mangle("", "__x") == "__x");
}
