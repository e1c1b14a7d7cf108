// Runs a Python program through the whole engine (session set-up as the CLI does, virtual
// clock) and captures what it prints, for the modules' tests.
#pragma once

#include <string>
#include <string_view>

namespace al::test {

struct ScriptRun {
  int status = 0;
  std::string out;
  std::string err;
};

ScriptRun run_script(std::string_view source);

// One generated case (gen_cases.py): a script and what python3, through the conformance
// oracle, printed for it.
struct ModuleCase {
  const char* name;
  const char* source;
  const char* expected_out;
  int expected_status;
};

// Runs one case and checks its stdout and status against CPython's (Catch2 assertions).
void check_module_case(const ModuleCase& c);

}  // namespace al::test
