// Every corpus file parses to exactly the tree CPython 3.11 builds: our ast::dump must equal
// ast.dump(ast.parse(src), include_attributes=True, indent=1), which regen.py stored in
// corpus/<name>.ast. Every corpus file also passes the post-parse checks (python3 compiles it).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "engine/compiler/ast_dump.h"
#include "engine/compiler/parser.h"
#include "engine/compiler/symtable.h"
#include "test_support.h"

namespace {

std::vector<std::string> corpus_files() {
  std::vector<std::string> names;
  for (const auto& entry :
       std::filesystem::directory_iterator(al::test::compiler_test_path("corpus"))) {
    if (entry.path().extension() == ".py") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("corpus has at least 40 files covering the language", "[parser][corpus]") {
  CHECK(corpus_files().size() >= 40);
}

TEST_CASE("corpus files parse to CPython's AST", "[parser][corpus]") {
  for (const std::string& name : corpus_files()) {
    DYNAMIC_SECTION(name) {
      std::string dir = al::test::compiler_test_path("corpus/");
      std::string source = al::test::read_file(dir + name + ".py");
      std::string expected = al::test::read_file(dir + name + ".ast");
      auto module = al::parse_module(source, name + ".py");
      CHECK(al::ast::dump(*module, true, 1) + "\n" == expected);
    }
  }
}

TEST_CASE("ast dump without attributes or indent matches ast.dump defaults", "[parser][dump]") {
  // Expected text from python3: ast.dump(ast.parse("x = f(1, *a, k=2)"))
  auto module = al::parse_module("x = f(1, *a, k=2)\n", "t.py");
  CHECK(al::ast::dump(*module, false) ==
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', "
        "ctx=Load()), args=[Constant(value=1), Starred(value=Name(id='a', ctx=Load()), "
        "ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=2))]))], "
        "type_ignores=[])");
}
