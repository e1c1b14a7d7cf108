// Each case of syntax_error_cases.py raises the SyntaxError python3 raises when running it as
// a file: same class, message, lineno, offset, end_lineno, end_offset and text. The expected
// values were recorded by regen.py from the real python3 in syntax_errors.json.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "engine/compiler/parser.h"
#include "test_support.h"

namespace {

std::optional<int> optional_int(const nlohmann::json& j) {
  if (j.is_null()) return std::nullopt;
  return j.get<int>();
}

std::string case_source(const nlohmann::json& c) {
  if (c.contains("source")) return c["source"].get<std::string>();
  std::string bytes;
  for (int b : c["source_bytes"]) bytes.push_back(static_cast<char>(b));
  return bytes;
}

}  // namespace

TEST_CASE("syntax errors match CPython's attributes", "[parser][errors]") {
  auto cases = nlohmann::json::parse(
      al::test::read_file(al::test::compiler_test_path("syntax_errors.json")));
  REQUIRE(cases.size() >= 100);
  for (const auto& c : cases) {
    DYNAMIC_SECTION(c["name"].get<std::string>()) {
      std::string source = case_source(c);
      al::SyntaxErrorInfo info;
      bool raised = false;
      try {
        al::parse_module(source, "case.py");
      } catch (const al::SyntaxErrorException& e) {
        info = e.info();
        raised = true;
      }
      REQUIRE(raised);
      CHECK(info.kind == c["kind"].get<std::string>());
      CHECK(info.msg == c["msg"].get<std::string>());
      if (c["lineno"].is_null()) {
        CHECK_FALSE(info.located);
        continue;
      }
      CHECK(info.located);
      CHECK(info.filename == c["filename"].get<std::string>());
      CHECK(info.lineno == c["lineno"].get<int>());
      CHECK(info.offset == c["offset"].get<int>());
      CHECK(info.end_lineno == optional_int(c["end_lineno"]));
      CHECK(info.end_offset == optional_int(c["end_offset"]));
      if (c["text"].is_null()) {
        CHECK_FALSE(info.text.has_value());
      } else {
        CHECK(info.text.value_or("<None>") == c["text"].get<std::string>());
      }
    }
  }
}
