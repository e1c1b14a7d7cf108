#include "engine/asyncio/watchdog.h"

#include <string>

#include "engine/asyncio/task.h"
#include "engine/asyncio/tracing.h"
#include "engine/loop/program_stop.h"
#include "engine/vm/vmstate.h"

namespace al {

namespace {

uint64_t g_budget = kDefaultWatchdogBudget;
Task* g_step_task = nullptr;

// 50000000 -> "50,000,000".
std::string with_commas(uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

void budget_exceeded() {
  if (!g_step_task) return;
  Task* t = g_step_task;
  const trace::Pos at = current_pos();
  std::string who = task_name(t);
  std::string report = who + " ran " + with_commas(g_budget) + " instructions";
  if (at.line) report += " at line " + std::to_string(at.line);
  report += " without awaiting: this blocks the event loop";
  if (trace::Recorder* rec = active_tracer()) {
    rec->diagnostic(trace::DiagKind::BlockedLoop, report, t->trace_task, at);
  }
  stop_program(kExitDeadlock, "awaitlab: blocked loop: " + report + "\n");
}

void install() {
  VMState& ts = vmstate();
  ts.budget_limit = g_budget ? g_budget : UINT64_MAX;
  ts.budget_hook = budget_exceeded;
}

}  // namespace

void watchdog_set_budget(uint64_t budget) {
  g_budget = budget;
  install();
}

uint64_t watchdog_budget() {
  return g_budget;
}

void watchdog_step_begin(Task* t) {
  VMState& ts = vmstate();
  ts.budget_counter = 0;
  if (ts.budget_hook != budget_exceeded) install();
  g_step_task = t;
}

void watchdog_step_end() {
  g_step_task = nullptr;
}

}  // namespace al
