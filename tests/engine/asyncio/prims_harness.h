// Runs a Python program through the whole engine (compiler, VM, loop, asyncio with the
// primitives) on the virtual clock and captures what it prints, for the primitives' tests.
#pragma once

#include <string>
#include <string_view>

namespace al::trace {
class Recorder;
}

namespace al::test {

struct ScriptRun {
  int status = 0;
  std::string out;
  std::string err;
  std::string deadlock;  // the deadlock report, when the run deadlocked (status 3)
};

// `rec` (optional) records the run's trace.
ScriptRun run_script(std::string_view source, trace::Recorder* rec = nullptr);

// One generated case: a script and what python3 (the conformance oracle) printed for it.
struct OracleCase {
  const char* name;
  const char* source;
  const char* expected_out;
  int expected_status;
};

}  // namespace al::test

namespace al::test {

// Runs one case and checks its stdout and status against CPython's (Catch2 assertions).
void check_oracle_case(const OracleCase& c);

// The PrimitiveOp events of a trace, one line each:
//   "<label> <op>: value=1 owner=2 items=[...] waiters=[3, 4] waiters2=[]"
// (owner, items and waiters2 only when set), in trace order.
std::string primitive_ops_text(const trace::Recorder& rec);

}  // namespace al::test
