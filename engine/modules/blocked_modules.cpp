// Modules a scenario may not import because they start processes or load native code
// (engine/vm/sandbox.h). Each is registered under its CPython name, so `import subprocess`
// raises PermissionError with the reason instead of ModuleNotFoundError.
#include <string>
#include <utility>

#include "engine/modules/native_modules.h"
#include "engine/runtime/module.h"
#include "engine/vm/sandbox.h"

namespace al {
namespace {

struct Blocked {
  const char* name;
  const char* why;
};

constexpr const char* kProcesses = "starts processes, and scenarios cannot start processes";
constexpr const char* kNative = "loads native code, and scenarios cannot load native code";

constexpr Blocked kBlocked[] = {
    {"subprocess", kProcesses},
    {"_posixsubprocess", kProcesses},
    {"multiprocessing", kProcesses},
    {"pty", kProcesses},
    {"asyncio.subprocess", kProcesses},
    {"ctypes", kNative},
    {"_ctypes", kNative},
    {"cffi", kNative},
    {"_cffi_backend", kNative},
};

// The registry takes plain function pointers: one instantiation per table entry.
template <size_t I>
Ref<Module> refuse_import() {
  sandbox_deny(std::string("the ") + kBlocked[I].name + " module " + kBlocked[I].why);
}

template <size_t... I>
void register_all(std::index_sequence<I...>) {
  (register_module_factory(kBlocked[I].name, &refuse_import<I>), ...);
}

}  // namespace

void register_blocked_modules() {
  register_all(std::make_index_sequence<sizeof(kBlocked) / sizeof(kBlocked[0])>{});
}

}  // namespace al
