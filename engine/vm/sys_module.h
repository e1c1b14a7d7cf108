// The `sys` module (CPython: Python/sysmodule.c): argv, stdout/stderr, exit, the recursion
// limit, version_info, platform, modules, path, exc_info/exception, intern, getrefcount and
// the async-generator hooks asyncio installs.
#pragma once

#include <string>
#include <vector>

#include "engine/runtime/object.h"

namespace al {

struct Module;

Ref<Module> make_sys_module();
// Sets sys.argv (creating the module's list when sys is already imported).
void sys_set_argv(const std::vector<std::string>& argv);

}  // namespace al
