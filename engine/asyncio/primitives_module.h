// Adds the synchronisation primitives, the queues and the thread helpers to the asyncio module
// (CPython: asyncio/__init__.py re-exports locks.__all__, queues.__all__, threads.__all__).
//
//   asyncio_register_primitives();   // once at start-up, with asyncio_register()
#pragma once

namespace al {

void asyncio_register_primitives();

}  // namespace al
