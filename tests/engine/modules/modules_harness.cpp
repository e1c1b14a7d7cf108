#include "tests/engine/modules/modules_harness.h"

#include <catch2/catch.hpp>

#include "engine/asyncio/session.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/types.h"
#include "engine/vm/run.h"

namespace al::test {

ScriptRun run_script(std::string_view source) {
  // interp() must not be the first call into the runtime: runtime_init() allocates through it.
  runtime_init();
  session_begin(SessionOptions{});
  ScriptRun r;
  Interp& in = interp();
  auto saved_out = in.out;
  auto saved_err = in.err;
  in.out = [&r](std::string_view s) { r.out += s; };
  in.err = [&r](std::string_view s) { r.err += s; };
  r.status = run_source(source, "test.py", {"test.py"});
  in.out = saved_out;
  in.err = saved_err;
  session_end();
  return r;
}

void check_module_case(const ModuleCase& c) {
  INFO("case " << c.name);
  const ScriptRun r = run_script(c.source);
  INFO("stderr: " << r.err);
  CHECK(r.out == c.expected_out);
  CHECK(r.status == c.expected_status);
}

}  // namespace al::test
