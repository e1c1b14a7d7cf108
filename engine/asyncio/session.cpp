#include "engine/asyncio/session.h"

#include "engine/asyncio/asyncio_module.h"
#include "engine/asyncio/task.h"
#include "engine/asyncio/threads.h"
#include "engine/asyncio/tracing.h"
#include "engine/asyncio/watchdog.h"
#include "engine/loop/loop_trace.h"
#include "engine/modules/native_modules.h"
#include "engine/vm/run.h"
#include "engine/vm/vm.h"

namespace al {

SessionOptions::SessionOptions() : watchdog_budget(kDefaultWatchdogBudget) {}

void session_begin(const SessionOptions& options) {
  vm_init();
  asyncio_register();
  modules_register();
  clock_reset(options.clock);
  clock_install_interp_hook();
  set_stop_policy(options.stop);
  watchdog_set_budget(options.watchdog_budget);
  set_tracer(options.recorder);
  if (options.recorder) install_console_trace();
}

void session_end() {
  run_with_big_stack([] {
    threads_end_run();
    asyncio_finalize_leftovers();
  });
  set_tracer(nullptr);
}

}  // namespace al
