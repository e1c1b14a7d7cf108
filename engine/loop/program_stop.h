// Stopping the whole program from inside the loop: deadlock and blocked-loop reports end the
// run with exit status 3 (the oracle's DEADLOCK_STATUS), without running finalizers.
//
// The CLI exits the process at once (flushing stdout first), as the oracle does with
// os._exit; an embedding program (the GUI, tests) selects StopPolicy::Throw, and run_source
// returns the status: ProgramStop is a RunAbort (engine/vm/run.h).
#pragma once

#include <string>

#include "engine/vm/run.h"

namespace al {

inline constexpr int kExitDeadlock = 3;

struct ProgramStop : RunAbort {};

enum class StopPolicy { Exit, Throw };
void set_stop_policy(StopPolicy policy);
StopPolicy stop_policy();

// Runs just before the process exits under StopPolicy::Exit (the CLI writes its trace files).
void set_stop_hook(void (*hook)(int status));

// Writes `report` to the interpreter's stderr (after flushing stdout), then exits the process
// with `status` or throws ProgramStop{status}, per the policy.
[[noreturn]] void stop_program(int status, const std::string& report);

}  // namespace al
