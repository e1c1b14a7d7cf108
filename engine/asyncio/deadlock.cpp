#include "engine/asyncio/deadlock.h"

#include <vector>

#include "engine/asyncio/asyncio_api.h"
#include "engine/asyncio/task.h"
#include "engine/asyncio/tracing.h"
#include "engine/loop/program_stop.h"
#include "engine/runtime/api.h"
#include "engine/runtime/str.h"
#include "engine/runtime/types.h"
#include "engine/vm/generator.h"

namespace al {

namespace {

std::string join_titles(const std::vector<std::string>& titles) {
  std::string s;
  for (size_t i = 0; i < titles.size(); ++i) {
    if (i) s += i + 1 == titles.size() ? " and " : ", ";
    s += titles[i];
  }
  return s;
}

// What the task waits on and why nothing will complete it.
std::string describe_wait(Task* t, Object* w) {
  if (is_task(w)) {
    auto* other = static_cast<Task*>(w);
    std::string s = "waits on " + task_title(other);
    if (other->fut_waiter.get() && is_task(other->fut_waiter.get()) &&
        static_cast<Task*>(other->fut_waiter.get()) == t) {
      return s + "|the two tasks wait for each other";
    }
    if (other == t) return s + "|it waits for itself";
    return s + "|which is waiting too and will never finish";
  }
  if (is_exactly(w, gathering_future_type)) {
    std::vector<std::string> pending;
    for (const Value& c : gathering_children(w)) {
      if (fut_done(c.get())) continue;
      pending.push_back(is_task(c.get()) ? task_title(static_cast<Task*>(c.get()))
                                         : repr(c.get())->s);
    }
    return "waits on gather()|it finishes only when " + join_titles(pending) +
           (pending.size() == 1 ? " is" : " are") + " done";
  }
  if (is_future(w)) {
    auto* f = static_cast<Future*>(w);
    if (const WaitKind* k = f->wait_kind()) {
      std::string s = std::string("waits on ") + k->label;
      if (k->explain) return s + "|" + k->explain(f->wait_owner(), t);
      return s + "|nothing can complete it any more";
    }
    return "waits on a Future|no task, callback or timer will ever set its result";
  }
  return "waits on " + repr(w)->s + "|nothing can complete it any more";
}

}  // namespace

std::string deadlock_report(EventLoop* loop) {
  std::string report =
      "awaitlab: deadlock: every task is waiting and nothing can wake any of them\n";
  for (const Ref<Task>& t : all_tasks(loop)) {
    std::string line = "  " + task_title(t.get()) + " ";
    Object* w = t->fut_waiter.get();
    std::string what = w ? describe_wait(t.get(), w) : "is not scheduled|nothing will run it again";
    const size_t bar = what.find('|');
    std::string head = what.substr(0, bar);
    std::string why = bar == std::string::npos ? "" : what.substr(bar + 1);
    line += head;
    const trace::Pos at = coro_pos(t->coro.get());
    if (at.line) line += " at line " + std::to_string(at.line);
    if (!why.empty()) line += ": " + why;
    report += line + "\n";
    if (trace::Recorder* rec = active_tracer()) {
      rec->diagnostic(trace::DiagKind::Deadlock, line.substr(2), t->trace_task, at);
    }
  }
  return report;
}

void on_deadlock(EventLoop* loop) {
  stop_program(kExitDeadlock, deadlock_report(loop));
}

}  // namespace al
