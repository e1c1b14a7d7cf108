// Be the scheduler in the window (app/gui/scheduler_mode.h): every pick reruns the program up to
// the next undecided decision; the schedule exports, replays, and compares with asyncio's order.
#include <catch2/catch.hpp>

#include <filesystem>

#include "app/gui/engine_runner.h"
#include "app/gui/paths.h"
#include "app/gui/scenario_runner.h"
#include "app/gui/scheduler_mode.h"

using namespace al::gui;

namespace {

// A lock-less counter that asyncio's order gets right: at 0.1 Task-2 writes before Task-3 reads.
const std::string kCounter = R"(import asyncio

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

std::vector<std::string> run(SchedulerMode& mode, const std::string& source) {
  set_scenario_runner(run_with_engine);
  mode.begin_run();
  RunResult r = run_scenario(source, "counter.py", false);
  mode.end_run();
  REQUIRE(r.model);
  return output_lines(*r.model);
}

std::string ready(const al::ScheduleDecision* d) {
  std::string s;
  for (const std::string& n : d->ready) s += n + " ";
  return s;
}

}  // namespace

TEST_CASE("Picking tasks plays the lock-less counter to a lost update", "[scheduler]") {
  SchedulerMode mode;
  mode.set_on(true);
  // The first run stops at the first decision, before anything is printed.
  CHECK(run(mode, kCounter).empty());
  REQUIRE(mode.pending());
  CHECK(ready(mode.pending()) == "Task-2 Task-3 ");
  mode.pick(0);
  CHECK(run(mode, kCounter).empty());
  REQUIRE(mode.pending());
  // At 0.1: Task-2 would write back, Task-3 would read. Let the reader go first.
  CHECK(ready(mode.pending()) == "Task-2 Task-3 ");
  mode.pick(1);
  CHECK(run(mode, kCounter) == std::vector<std::string>{"counter = 1"});
  CHECK(mode.pending() == nullptr);
  CHECK(mode.made().choices == std::vector<std::string>{"Task-2", "Task-3"});
  // asyncio's own order, side by side: no update is lost.
  mode.set_fifo_output(fifo_output(kCounter, "counter.py"));
  CHECK(mode.comparing());
  CHECK(mode.fifo_output() == std::vector<std::string>{"counter = 2"});
}

TEST_CASE("An exported schedule replays the same run; undo goes back one decision", "[scheduler]") {
  SchedulerMode mode;
  mode.set_on(true);
  run(mode, kCounter);
  mode.pick(0);
  run(mode, kCounter);
  mode.pick(1);
  const std::vector<std::string> played = run(mode, kCounter);
  al::Schedule back;
  REQUIRE(al::schedule_from_json(al::schedule_to_json(mode.made()), back));

  SchedulerMode replay;
  replay.load(back);
  CHECK(replay.on());
  CHECK(run(replay, kCounter) == played);
  CHECK(replay.pending() == nullptr);
  CHECK(replay.made() == back);

  replay.undo();
  CHECK(run(replay, kCounter).empty());
  REQUIRE(replay.pending());
  CHECK(replay.made().choices == std::vector<std::string>{"Task-2"});
  replay.pick(0);
  CHECK(run(replay, kCounter) == std::vector<std::string>{"counter = 2"});
}

TEST_CASE("Switched off, runs keep asyncio's order and record no decisions", "[scheduler]") {
  SchedulerMode mode;
  mode.set_on(true);
  run(mode, kCounter);
  mode.set_on(false);
  CHECK(run(mode, kCounter) == std::vector<std::string>{"counter = 2"});
  CHECK(mode.pending() == nullptr);
  CHECK(mode.decisions().empty());
}

TEST_CASE("Lesson 12's race loses updates whatever the schedule", "[scheduler]") {
  std::string source;
  REQUIRE(read_file(std::filesystem::path(AWAITLAB_SOURCE_DIR) / "lessons/12-lock-race/scenario.py",
                    source));
  SchedulerMode mode;
  mode.set_on(true);
  run(mode, source);
  REQUIRE(mode.pending());
  CHECK(ready(mode.pending()) == "w1 w2 w3 ");
  // Pick the last-ready task every time until the program ends.
  std::vector<std::string> out;
  for (int guard = 0; guard < 20 && mode.pending(); ++guard) {
    mode.pick(mode.pending()->ready.size() - 1);
    out = run(mode, source);
  }
  REQUIRE(mode.pending() == nullptr);
  REQUIRE_FALSE(out.empty());
  CHECK(out.front() == "[0.00] w3: read 0");
  CHECK(out.back() == "[0.10] Task-1: final count: 1");
}

TEST_CASE("Lesson 12's variant 3: running w2 first at 0.10 loses w1's update", "[scheduler]") {
  std::string source;
  REQUIRE(read_file(
      std::filesystem::path(AWAITLAB_SOURCE_DIR) / "lessons/12-lock-race/variant-3.py", source));
  SchedulerMode mode;
  mode.set_on(true);
  run(mode, source);
  REQUIRE(mode.pending());
  CHECK(ready(mode.pending()) == "w1 w2 ");
  mode.pick(0);
  run(mode, source);
  REQUIRE(mode.pending());
  // At 0.10: w1 would write back, w2 would read. Let w2 read first.
  CHECK(ready(mode.pending()) == "w1 w2 ");
  mode.pick(1);
  std::vector<std::string> out = run(mode, source);
  for (int guard = 0; guard < 20 && mode.pending(); ++guard) {
    mode.pick(0);
    out = run(mode, source);
  }
  REQUIRE(mode.pending() == nullptr);
  CHECK(out == std::vector<std::string>{"[0.00] w1: read 0", "[0.10] w2: read 0",
                                        "[0.10] w1: wrote 1", "[0.20] w2: wrote 1",
                                        "[0.20] Task-1: final count: 1"});
  CHECK(fifo_output(source, "variant-3.py").back() == "[0.20] Task-1: final count: 2");
}
