// The front end's public behaviour beyond CPython comparisons: limits, the unchecked entry
// point, and speed.
#include <catch2/catch.hpp>

#include <ctime>
#include <string>

#include "engine/compiler/parser.h"
#include "engine/compiler/symtable.h"
#include "test_support.h"

TEST_CASE("parse_module_unchecked skips the compiler's checks", "[frontend]") {
  // python3: ast.parse("return 1") succeeds; compile() raises "'return' outside function".
  CHECK_NOTHROW(al::parse_module_unchecked("return 1\n", "t.py"));
  CHECK_THROWS_AS(al::parse_module("return 1\n", "t.py"), al::SyntaxErrorException);
}

TEST_CASE("absurd nesting raises CPython's MemoryError or RecursionError", "[frontend]") {
  // python3: compile("-" * 7000 + "1") raises MemoryError (parser stack),
  // compile("-" * 3000 + "1") raises RecursionError (compiler recursion limit).
  std::string deep(7000, '-');
  deep += "1\n";
  try {
    al::parse_module(deep, "t.py");
    FAIL("no error");
  } catch (const al::CompilerLimitError& e) {
    CHECK(e.type_name() == "MemoryError");
  }
  std::string medium(3000, '-');
  medium += "1\n";
  try {
    al::parse_module(medium, "t.py");
    FAIL("no error");
  } catch (const al::CompilerLimitError& e) {
    CHECK(e.type_name() == "RecursionError");
    CHECK(std::string(e.what()) == "maximum recursion depth exceeded during compilation");
  }
  CHECK_NOTHROW(al::parse_module(std::string(1000, '-') + "1\n", "t.py"));
}

TEST_CASE("a 3000-line program parses and analyses quickly", "[frontend][perf]") {
  std::string program;
  for (int i = 0; i < 300; ++i) {
    std::string n = std::to_string(i);
    program += "async def worker_" + n + "(queue, name='w" + n +
               "'):\n"
               "    total = 0\n"
               "    while True:\n"
               "        item = await queue.get()\n"
               "        if item is None:\n"
               "            break\n"
               "        total += sum(x * 2 for x in range(item) if x % 3)\n"
               "        print(f\"{name}: {item!r:>5} {total=}\")\n"
               "        queue.task_done()\n"
               "    return {'name': name, 'total': total, 'items': [i for i in range(3)]}\n";
  }
  // CPU time, not wall time: the test machine's cores are shared.
  std::clock_t start = std::clock();
  auto module = al::parse_module(program, "big.py");
  auto table = al::analyze(*module);
  double ms = 1000.0 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  CHECK(module->body.size() == 300);
  CHECK(table.top()->children.size() == 300);
  // A lesson must re-run in under 100 ms; the front end gets a small share of that.
  CHECK(ms < 100.0);
}

TEST_CASE("match statements are reported as unsupported", "[frontend]") {
  // CPython accepts these; awaitlab's subset has no pattern matching, so it says so at 'match'.
  try {
    al::parse_module("x = 1\nmatch x:\n    case 1:\n        pass\n", "t.py");
    FAIL("no error");
  } catch (const al::SyntaxErrorException& e) {
    CHECK(e.info().msg == "'match' statements are not supported by awaitlab");
    CHECK(e.info().lineno == 2);
    CHECK(e.info().offset == 1);
    CHECK(e.info().end_offset == 6);
  }
  // `match` stays an ordinary name everywhere else.
  CHECK_NOTHROW(al::parse_module("match = [1]\nmatch[0] = 2\nprint(match)\n", "t.py"));
}
