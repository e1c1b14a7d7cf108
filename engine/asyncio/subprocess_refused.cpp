// asyncio's process API (CPython: Lib/asyncio/subprocess.py, base_events.py subprocess_exec):
// scenarios cannot start processes, so each entry point raises PermissionError saying why.
#include "engine/asyncio/subprocess_refused.h"

#include <string>

#include "engine/asyncio/asyncio_module.h"
#include "engine/loop/event_loop.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/module.h"
#include "engine/runtime/str.h"
#include "engine/vm/sandbox.h"

namespace al {
namespace {

std::string why(const char* what) {
  return std::string(what) + "() would start a process, and scenarios cannot start processes";
}

Value refuse_create_exec(Object*, Args) {
  sandbox_deny(why("asyncio.create_subprocess_exec"));
}
Value refuse_create_shell(Object*, Args) {
  sandbox_deny(why("asyncio.create_subprocess_shell"));
}
Value refuse_loop_exec(Object*, Args) {
  sandbox_deny(why("loop.subprocess_exec"));
}
Value refuse_loop_shell(Object*, Args) {
  sandbox_deny(why("loop.subprocess_shell"));
}

void add_refusals(Module* asyncio) {
  module_add_function(asyncio, "create_subprocess_exec", refuse_create_exec);
  module_add_function(asyncio, "create_subprocess_shell", refuse_create_shell);
}

}  // namespace

void asyncio_register_subprocess_refusals() {
  asyncio_add_extension(add_refusals);
  init_event_loop_type();
  add_method(event_loop_type, "subprocess_exec", refuse_loop_exec);
  add_method(event_loop_type, "subprocess_shell", refuse_loop_shell);
}

}  // namespace al
