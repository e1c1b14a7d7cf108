// Be-the-scheduler (engine/asyncio/schedule.h): a chosen schedule changes the order of ready
// task steps, replays exactly, and stops at the first decision it does not cover.
#include <catch2/catch.hpp>

#include <string>

#include "engine/asyncio/schedule.h"
#include "engine/trace/event.h"
#include "engine/trace/recorder.h"
#include "tests/engine/asyncio/prims_harness.h"

namespace {

// Tasks: main is Task-1; the workers a, b, c are Task-2, Task-3, Task-4.
constexpr const char* kWorkers = R"(import asyncio

async def worker(name):
    for i in range(2):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(worker("a"), worker("b"), worker("c"))

asyncio.run(main())
)";

// The lock-less counter, staggered: w2 reads at 0.1, when w1 writes. Both wake in the same pass,
// and asyncio runs w1 (its timer was scheduled first): the write comes before the read.
constexpr const char* kCounter = R"(import asyncio

counter = 0

async def add(delay):
    global counter
    if delay:
        await asyncio.sleep(delay)
    value = counter
    await asyncio.sleep(0.1)
    counter = value + 1

async def main():
    await asyncio.gather(add(0), add(0.1))
    print("counter =", counter)

asyncio.run(main())
)";

struct Run {
  al::test::ScriptRun script;
  std::vector<al::ScheduleDecision> decisions;
  bool stopped;
  std::string diagnostics;  // the ScheduleChoice texts, one a line
};

Run run_with(const char* source, const al::Schedule& s, al::Undecided undecided) {
  al::trace::Recorder rec({.enabled = true, .wall_clock = false});
  al::schedule_begin(s, undecided);
  Run r{al::test::run_script(source, &rec), al::schedule_decisions(), al::schedule_stopped(), {}};
  al::schedule_end();
  for (uint32_t i = 0; i < rec.size(); ++i) {
    const al::trace::Event& e = rec[i];
    if (e.kind == al::trace::EventKind::Diagnostic &&
        e.diag() == al::trace::DiagKind::ScheduleChoice) {
      r.diagnostics += std::to_string(e.task) + " " + std::string(rec.str(e.text)) + "\n";
    }
  }
  return r;
}

std::string names(const al::ScheduleDecision& d) {
  std::string s;
  for (const std::string& n : d.ready) s += n + " ";
  return s + "-> " + d.ready[d.chosen];
}

}  // namespace

TEST_CASE("Without a chooser, ready tasks run in asyncio's FIFO order", "[schedule]") {
  const al::test::ScriptRun r = al::test::run_script(kWorkers);
  CHECK(r.out == "a 0\nb 0\nc 0\na 1\nb 1\nc 1\n");
}

TEST_CASE("An empty schedule with FIFO fallback decides exactly as asyncio", "[schedule]") {
  const Run r = run_with(kWorkers, {}, al::Undecided::Fifo);
  CHECK(r.script.out == "a 0\nb 0\nc 0\na 1\nb 1\nc 1\n");
  // Three passes over the three workers, two decisions each (the last one is alone).
  REQUIRE(r.decisions.size() == 6);
  CHECK(names(r.decisions[0]) == "Task-2 Task-3 Task-4 -> Task-2");
  CHECK(names(r.decisions[1]) == "Task-3 Task-4 -> Task-3");
  CHECK_FALSE(r.stopped);
}

TEST_CASE("A chosen schedule reorders the steps and replays identically", "[schedule]") {
  const Run r = run_with(kWorkers, {{"Task-4", "Task-2"}}, al::Undecided::Fifo);
  CHECK(r.script.status == 0);
  CHECK(r.script.out == "c 0\na 0\nb 0\nc 1\na 1\nb 1\n");
  REQUIRE(r.decisions.size() == 6);
  CHECK(names(r.decisions[0]) == "Task-2 Task-3 Task-4 -> Task-4");
  CHECK(names(r.decisions[1]) == "Task-2 Task-3 -> Task-2");
  // The next pass's ready deque is in the order the steps ran.
  CHECK(names(r.decisions[2]) == "Task-4 Task-2 Task-3 -> Task-4");
  CHECK(
      r.diagnostics.substr(0, r.diagnostics.find('\n', 0) + 1) ==
      "4 3 tasks were ready: Task-2, Task-3, Task-4; chosen Task-4 (asyncio would pick Task-2)\n");

  const al::Schedule full = al::schedule_of(r.decisions);
  CHECK(full.choices ==
        std::vector<std::string>{"Task-4", "Task-2", "Task-4", "Task-2", "Task-4", "Task-2"});
  const Run again = run_with(kWorkers, full, al::Undecided::Stop);
  CHECK(again.script.out == r.script.out);
  CHECK(again.diagnostics == r.diagnostics);
  CHECK_FALSE(again.stopped);
  CHECK(al::schedule_of(again.decisions) == full);
}

TEST_CASE("Undecided::Stop ends the run at the first decision past the schedule", "[schedule]") {
  const Run r = run_with(kWorkers, {{"Task-3", "Task-4"}}, al::Undecided::Stop);
  CHECK(r.script.status == al::kExitScheduleStop);
  CHECK(r.script.out == "b 0\nc 0\na 0\n");
  CHECK(r.stopped);
  REQUIRE(r.decisions.size() == 3);
  CHECK(names(r.decisions[2]) == "Task-3 Task-4 Task-2 -> Task-3");
  // A run stopped at the very first decision printed nothing yet.
  const Run first = run_with(kWorkers, {}, al::Undecided::Stop);
  CHECK(first.script.out == "");
  CHECK(first.decisions.size() == 1);
}

TEST_CASE("The lock-less counter loses an update only under some schedules", "[schedule]") {
  const Run fifo = run_with(kCounter, {}, al::Undecided::Fifo);
  CHECK(fifo.script.out == "counter = 2\n");
  // Running Task-3 (the reader) before Task-2 (the writer) at 0.1 loses Task-2's update.
  const Run lost = run_with(kCounter, {{"Task-2", "Task-3"}}, al::Undecided::Fifo);
  CHECK(lost.script.out == "counter = 1\n");
  REQUIRE(lost.decisions.size() == 2);
  CHECK(names(lost.decisions[1]) == "Task-2 Task-3 -> Task-3");
}

TEST_CASE("Schedules round-trip through JSON; other text is refused", "[schedule]") {
  const al::Schedule s{{"Task-3", "worker \"x\""}};
  const std::string j = al::schedule_to_json(s);
  CHECK(j == R"({"schedule":["Task-3","worker \"x\""]})");
  al::Schedule back;
  REQUIRE(al::schedule_from_json(j, back));
  CHECK(back == s);
  for (const char* bad : {"", "[]", "{\"schedule\": 3}", "{\"schedule\": [1]}", "{oops"}) {
    al::Schedule out{{"keep"}};
    CHECK_FALSE(al::schedule_from_json(bad, out));
    CHECK(out.choices == std::vector<std::string>{"keep"});
  }
}
