// The code generator and assembler: instruction selection for simple statements, the
// per-instruction position table, the exception table of try/except, stack depth.
#include <catch2/catch.hpp>

#include <algorithm>

#include "engine/compiler/assembler.h"
#include "engine/compiler/codegen.h"
#include "engine/compiler/syntax_error.h"

using namespace al;

namespace {

std::shared_ptr<const CodeUnit> compile(const std::string& src) {
  return compile_source(src, "cg.py");
}

const CodeUnit& nested(const CodeUnit& code, const std::string& qualname) {
  for (const Const& c : code.consts) {
    if (auto* sub = std::get_if<std::shared_ptr<const CodeUnit>>(&c.v)) {
      if ((*sub)->qualname == qualname) return **sub;
    }
  }
  FAIL("no nested code " << qualname);
  return code;
}

}  // namespace

TEST_CASE("simple statements compile to CPython's instructions", "[codegen]") {
  auto code = compile("x = 1\ny = x + 2\n");
  CHECK(disassemble(*code) ==
        "0 LOAD_CONST 1\n"
        "1 STORE_NAME x\n"
        "2 LOAD_NAME x\n"
        "3 LOAD_CONST 2\n"
        "4 BINARY_OP 0\n"
        "5 STORE_NAME y\n"
        "6 LOAD_CONST None\n"
        "7 RETURN_VALUE\n");
  CHECK(code->stacksize == 2);
}

TEST_CASE("every instruction carries its source range", "[codegen]") {
  // y = a  +  b[0]   (the BINARY_OP spans "a  +  b[0]", the subscript "b[0]")
  auto code = compile("y = a  +  b[0]\n");
  const auto& words = code->code;
  auto find = [&](Op op) {
    auto it =
        std::find_if(words.begin(), words.end(), [&](CodeWord w) { return word_op(w) == op; });
    REQUIRE(it != words.end());
    return code->positions[size_t(it - words.begin())];
  };
  Position add = find(Op::BINARY_OP);
  CHECK(add.lineno == 1);
  CHECK(add.end_lineno == 1);
  CHECK(add.col == 4);
  CHECK(add.end_col == 14);
  Position sub = find(Op::BINARY_SUBSCR);
  CHECK(sub.col == 10);
  CHECK(sub.end_col == 14);
}

TEST_CASE("try/except produces an exception table like CPython 3.11's", "[codegen]") {
  auto code = compile(
      "def f():\n"
      "    try:\n"
      "        g()\n"
      "    except ValueError as e:\n"
      "        return e\n");
  const CodeUnit& f = nested(*code, "f");
  REQUIRE_FALSE(f.exception_table.empty());
  // The body's handler has no lasti and unwinds to an empty stack; it starts at PUSH_EXC_INFO.
  const ExceptEntry& body = f.exception_table.front();
  CHECK_FALSE(body.lasti);
  CHECK(body.depth == 0);
  CHECK(word_op(f.code[body.target]) == Op::PUSH_EXC_INFO);
  // Handlers never overlap and are sorted.
  for (size_t i = 1; i < f.exception_table.size(); ++i) {
    CHECK(f.exception_table[i - 1].end <= f.exception_table[i].start);
  }
  // Every handler that cleans up after `except ... as e` keeps lasti (SETUP_CLEANUP).
  const size_t with_lasti = size_t(std::count_if(f.exception_table.begin(), f.exception_table.end(),
                                                 [](const ExceptEntry& e) { return e.lasti; }));
  CHECK(with_lasti >= 2);
  // No pseudo-instruction survives assembly.
  for (CodeWord w : f.code) CHECK_FALSE(op_is_pseudo(word_op(w)));
}

TEST_CASE("comprehensions are nested functions with the iterator as .0", "[codegen]") {
  auto code = compile("r = [i * i for i in range(3)]\n");
  const CodeUnit& comp = nested(*code, "<listcomp>");
  CHECK(comp.argcount == 1);
  REQUIRE_FALSE(comp.varnames.empty());
  CHECK(comp.varnames[0] == ".0");
  CHECK(word_op(comp.code[0]) == Op::BUILD_LIST);
}

TEST_CASE("closures share cells through LOAD_CLOSURE and free variables", "[codegen]") {
  auto code = compile(
      "def outer(a):\n"
      "    def inner():\n"
      "        return a\n"
      "    return inner\n");
  const CodeUnit& outer = nested(*code, "outer");
  REQUIRE(outer.cellvars == std::vector<std::string>{"a"});
  REQUIRE(outer.cell2arg == std::vector<int>{0});
  const CodeUnit& inner = nested(outer, "outer.<locals>.inner");
  CHECK(inner.freevars == std::vector<std::string>{"a"});
  CHECK(word_op(inner.code[0]) == Op::LOAD_DEREF);
}

TEST_CASE("the compiler's own syntax errors carry CPython's message and location", "[codegen]") {
  try {
    compile("x = 1\nasync def f():\n    yield 1\n    return 2\n");
    FAIL("expected SyntaxError");
  } catch (const SyntaxErrorException& e) {
    CHECK(e.info().msg == "'return' with value in async generator");
    CHECK(e.info().lineno == 4);
    CHECK(e.info().offset == 5);
  }
}

TEST_CASE("stack effects match the instruction semantics", "[codegen]") {
  CHECK(stack_effect(Op::CALL, 2, false) == -3);     // callable, self/NULL, 2 args -> result
  CHECK(stack_effect(Op::CALL_KW, 3, false) == -5);  // ... plus the kwnames tuple
  CHECK(stack_effect(Op::FOR_ITER, 0, true) == -1);  // exhausted: the iterator is popped
  CHECK(stack_effect(Op::FOR_ITER, 0, false) == 1);
  CHECK(stack_effect(Op::SEND, 0, true) == -1);          // returned: receiver and value -> result
  CHECK(stack_effect(Op::SETUP_CLEANUP, 0, true) == 2);  // lasti and the exception
  CHECK(stack_effect(Op::UNPACK_EX, 1 | (2 << 8), false) == 3);
}
