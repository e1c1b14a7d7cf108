// Runs a program with awaitlab and captures what it writes (shared by the VM tests).
#pragma once

#include <string>

namespace al::test {

struct RunResult {
  std::string out;
  std::string err;
  int status = 0;
};

// Runs `source` as __main__ of "test.py" (sys.argv == ["test.py"]).
RunResult run_program(const std::string& source);

}  // namespace al::test
