// Be-the-scheduler: a learner's schedule in place of asyncio's FIFO order (issue 6).
//
// Whenever two or more task steps are ready in one pass of the loop, that is a decision: asyncio
// runs the first (FIFO); a Schedule names, decision by decision, the task to run instead. The
// same program with the same schedule gives the same run, so a learner's choices replay exactly.
//
//   Schedule s{{"Task-3", "Task-2"}};
//   schedule_begin(s, Undecided::Stop);   // decisions past the schedule end the run
//   run_source(...);
//   schedule_end();                       // schedule_decisions(): what was decided and offered
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace al {

// Decision index → the name of the task chosen there.
struct Schedule {
  std::vector<std::string> choices;
  bool operator==(const Schedule&) const = default;
};

// One decision point of a run: the ready tasks (FIFO order, so asyncio picks ready[0]).
struct ScheduleDecision {
  std::vector<std::string> ready;
  size_t chosen = 0;  // index into `ready`
};

// What happens at a decision the schedule does not cover.
enum class Undecided {
  Fifo,  // asyncio's order
  Stop,  // end the run there (status kExitScheduleStop, no finalizers run)
};

// Exit status of a run that reached an undecided decision under Undecided::Stop.
inline constexpr int kExitScheduleStop = 4;

// Installs the chooser for the runs that follow; schedule_end() removes it.
void schedule_begin(const Schedule& schedule, Undecided undecided);
void schedule_end();

// The decisions of the last run, in order. Under Undecided::Stop the last one may be the
// undecided decision the run stopped at (`schedule_stopped()`; its `chosen` is 0).
const std::vector<ScheduleDecision>& schedule_decisions();
bool schedule_stopped();

// The schedule the decisions made (what replays the run).
Schedule schedule_of(const std::vector<ScheduleDecision>& decisions);

// {"schedule": ["Task-3", "Task-2"]}, and back; false for text that is not such an object.
std::string schedule_to_json(const Schedule& s);
bool schedule_from_json(const std::string& text, Schedule& out);

}  // namespace al
