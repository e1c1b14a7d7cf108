// asyncio's process API, refused by the sandbox (engine/vm/sandbox.h).
#pragma once

namespace al {

// Adds asyncio.create_subprocess_exec/_shell and loop.subprocess_exec/_shell, each raising
// PermissionError with the reason (called once by asyncio_register()).
void asyncio_register_subprocess_refusals();

}  // namespace al
