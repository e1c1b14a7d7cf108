#include "engine/loop/program_stop.h"

#include <cstdio>
#include <cstdlib>

#include "engine/runtime/interp.h"

namespace al {

namespace {
StopPolicy g_policy = StopPolicy::Throw;
void (*g_stop_hook)(int) = nullptr;
}  // namespace

void set_stop_hook(void (*hook)(int status)) {
  g_stop_hook = hook;
}

void set_stop_policy(StopPolicy policy) {
  g_policy = policy;
}
StopPolicy stop_policy() {
  return g_policy;
}

void stop_program(int status, const std::string& report) {
  Interp& in = interp();
  if (!report.empty() && in.err) in.err(report);
  if (g_policy == StopPolicy::Exit) {
    if (g_stop_hook) g_stop_hook(status);
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(status);
  }
  throw ProgramStop{{status}};
}

}  // namespace al
