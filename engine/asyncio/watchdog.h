// The blocked-loop watchdog: a task step that runs past a budget without awaiting is stopped
// with a report and exit status 3 (`Task-1 ran 50,000,000 instructions at line 14 without
// awaiting: this blocks the event loop`).
//
// The budget is counted by the VM's dispatch loop (VMState::budget_counter, incremented on
// backward jumps and Python calls: the "instructions" of the report); each step starts from
// zero. Code outside task steps is never stopped.
#pragma once

#include <cstdint>

namespace al {

struct Task;

// About 2 s of work on a typical machine; the CLI's --watchdog-instructions overrides it.
inline constexpr uint64_t kDefaultWatchdogBudget = 50'000'000;

// 0 turns the watchdog off.
void watchdog_set_budget(uint64_t budget);
uint64_t watchdog_budget();
void watchdog_step_begin(Task* t);
void watchdog_step_end();

}  // namespace al
