// The `asyncio` module scripts import, registered with the VM's module registry.
//
//   asyncio_register();            // once at start-up (the CLI and the GUI call it)
//   asyncio_add_extension(fn);     // other parts of asyncio (primitives, streams, to_thread)
//                                  // add their names: fn(module) runs each time the module is
//                                  // created (once per run)
#pragma once

#include "engine/runtime/object.h"

namespace al {

struct Module;

void asyncio_register();
void asyncio_add_extension(void (*add)(Module* asyncio));

Ref<Module> make_asyncio_module();

}  // namespace al
