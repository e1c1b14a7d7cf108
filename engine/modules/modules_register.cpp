#include "engine/modules/frozen_modules.h"
#include "engine/modules/native_modules.h"
#include "engine/vm/import.h"

namespace al {

void register_module_factory(const char* name, Ref<Module> (*factory)()) {
  register_module(name, factory);
}

void modules_register() {
  static bool done = false;
  if (done) return;
  done = true;
  register_frozen_modules();
  register_time_module();
  register_math_module();
  register_random_module();
  register_warnings_module();
  register_os_module();
  register_signal_module();
  register_blocked_modules();
}

}  // namespace al
