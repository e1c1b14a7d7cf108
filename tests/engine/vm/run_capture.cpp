#include "tests/engine/vm/run_capture.h"

#include "engine/runtime/interp.h"
#include "engine/vm/run.h"
#include "engine/vm/vm.h"

namespace al::test {

RunResult run_program(const std::string& source) {
  RunResult r;
  vm_init();
  Interp& in = interp();
  auto saved_out = in.out;
  auto saved_err = in.err;
  in.out = [&](std::string_view s) { r.out += s; };
  in.err = [&](std::string_view s) { r.err += s; };
  r.status = run_source(source, "test.py", {"test.py"});
  in.out = saved_out;
  in.err = saved_err;
  return r;
}

}  // namespace al::test
