// Deadlock reports: when nothing is ready, no timer is scheduled and no I/O or worker job is
// pending while tasks still wait, CPython would wait forever. The loop calls the report hook,
// which names each waiting task, what it waits on and where, then stops the program with
// exit status 3:
//
//   awaitlab: deadlock: every task is waiting and nothing can wake any of them
//     Task-1 (main) waits on gather() at line 27: it finishes when Task-2 and Task-3 are done
//     Task-3 (consumer) waits on Queue.get() at line 12: no task can put into this queue any more
//
// Each waiter future may carry a WaitKind (future.h) whose `explain` writes the end of its line;
// primitives implement it.
#pragma once

#include <string>

namespace al {

struct EventLoop;

// The report text for `loop` (one header line, one line per waiting task).
std::string deadlock_report(EventLoop* loop);
// The loop's deadlock hook: records the diagnostic and stops the program (exit status 3).
void on_deadlock(EventLoop* loop);

}  // namespace al
