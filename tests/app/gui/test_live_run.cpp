// LiveRun (app/gui/live_run.h) with the real interpreter: short runs come back whole, endless
// ones stream their events while they run, and Stop ends anything, a blocked event loop too.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "app/gui/engine_runner.h"
#include "app/gui/live_run.h"

using namespace al::gui;

namespace {

void use_engine() {
  set_scenario_runner(run_with_engine);
  set_engine_clock(al::ClockMode::Virtual);
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

const char* kShort = R"(import asyncio

async def main():
    await asyncio.sleep(1)
    print("done")

asyncio.run(main())
)";

// Starts `src` on `clock`, waits until it has printed `ready` and is blocked in the loop's poll,
// stops it from this thread and checks that the run ends at once as a Stop, without an error.
void stop_blocked_run(const char* src, al::ClockMode clock, const char* ready) {
  use_engine();
  set_engine_clock(clock);
  LiveRun live;
  RunResult r = live.start(src, "blocked.py", false, 0.1);
  set_engine_clock(al::ClockMode::Virtual);
  REQUIRE(r.kind == RunKind::running);
  REQUIRE(r.model);
  auto t_poll = std::chrono::steady_clock::now();
  r.model->update();
  while (r.model->console_lines().empty() && seconds_since(t_poll) < 5.0) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    r.model->update();
  }
  REQUIRE(r.model->console_lines().size() == 1);
  CHECK(r.model->console_lines()[0].text == ready);
  // Let the interpreter thread reach the blocking wait.
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  CHECK_FALSE(live.finished());
  auto t0 = std::chrono::steady_clock::now();
  live.stop();
  CHECK(seconds_since(t0) < 1.0);
  CHECK(live.stop_requested());
  ScenarioOutcome o = live.collect();
  CHECK(o.exit_status == kExitStopped);
  CHECK(o.errors.empty());
  // The program printed nothing more; stderr has the KeyboardInterrupt that ended it.
  r.model->update();
  std::vector<std::string> out, err;
  for (const al::trace::ConsoleLine& l : r.model->console_lines())
    (l.stream == al::trace::Stream::Stdout ? out : err).push_back(l.text);
  CHECK(out == std::vector<std::string>{ready});
  CHECK(std::find(err.begin(), err.end(), "KeyboardInterrupt") != err.end());

  // The next run is not stopped by the old request.
  RunResult again = live.start(kShort, "short.py", false, 5.0);
  CHECK(again.kind == RunKind::ok);
  CHECK(again.exit_status == 0);
}

const char* kLongSleep = R"(import asyncio

async def main():
    print("sleeping")
    await asyncio.sleep(3600)
    print("woke")

asyncio.run(main())
)";

const char* kServer = R"(import asyncio

async def handle(reader, writer):
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print("serving")
    async with server:
        await server.serve_forever()

asyncio.run(main())
)";

}  // namespace

TEST_CASE("Stop ends a real-clock sleep of an hour at once", "[live]") {
  stop_blocked_run(kLongSleep, al::ClockMode::Real, "sleeping");
}

TEST_CASE("Stop ends a server waiting for connections", "[live]") {
  SECTION("real clock") {
    stop_blocked_run(kServer, al::ClockMode::Real, "serving");
  }
  SECTION("virtual clock") {
    stop_blocked_run(kServer, al::ClockMode::Virtual, "serving");
  }
}

TEST_CASE("a short run finishes within the synchronous wait", "[live]") {
  use_engine();
  LiveRun live;
  RunResult r = live.start(kShort, "short.py", false, 5.0);
  CHECK(r.kind == RunKind::ok);
  CHECK(r.exit_status == 0);
  CHECK_FALSE(live.active());
  REQUIRE(r.model);
  REQUIRE(r.model->console_lines().size() == 1);
  CHECK(r.model->console_lines()[0].text == "done");
}

// Inside a task the blocked-loop watchdog would end this loop first (test below); outside the
// event loop only Stop can.
TEST_CASE("Stop ends a program stuck in while True: pass", "[live]") {
  use_engine();
  LiveRun live;
  const char* src = R"(def spin():
    while True:
        pass

spin()
)";
  RunResult r = live.start(src, "spin.py", false, 0.2);
  REQUIRE(r.kind == RunKind::running);
  CHECK(live.active());
  CHECK_FALSE(live.finished());
  auto t0 = std::chrono::steady_clock::now();
  live.stop();
  CHECK(seconds_since(t0) < 2.0);
  CHECK(live.stop_requested());
  ScenarioOutcome o = live.collect();
  CHECK(o.exit_status == kExitStopped);
  CHECK_FALSE(live.active());

  // The next run is not stopped by the old request.
  RunResult again = live.start(kShort, "short.py", false, 5.0);
  CHECK(again.kind == RunKind::ok);
  CHECK(again.exit_status == 0);
}

TEST_CASE("the blocked-loop watchdog ends a step that never awaits, as a problem at its line",
          "[live]") {
  use_engine();
  LiveRun live;
  const char* src = R"(import asyncio

async def spin():
    while True:
        pass

asyncio.run(spin())
)";
  RunResult r = live.start(src, "spin.py", false, 120.0);
  CHECK(r.exit_status == 3);
  CHECK_FALSE(live.active());
  REQUIRE(r.model);
  std::vector<std::string> blocked;
  for (uint32_t i : r.model->diagnostics()) {
    const al::trace::Event& e = r.model->event(i);
    if (e.diag() == al::trace::DiagKind::BlockedLoop) blocked.emplace_back(r.model->str(e.text));
  }
  REQUIRE(blocked.size() == 1);
  CHECK(
      blocked[0] ==
      "Task-1 ran 50,000,000 instructions at line 4 without awaiting: this blocks the event loop");
}

TEST_CASE("Stop cannot be caught by the program", "[live]") {
  use_engine();
  LiveRun live;
  const char* src = R"(while True:
    try:
        while True:
            pass
    except BaseException:
        pass
    finally:
        pass
)";
  RunResult r = live.start(src, "stubborn.py", false, 0.2);
  REQUIRE(r.kind == RunKind::running);
  auto t0 = std::chrono::steady_clock::now();
  live.stop();
  CHECK(seconds_since(t0) < 2.0);
  CHECK(live.collect().exit_status == kExitStopped);
}

TEST_CASE("a program on the real clock streams its events while it runs", "[live]") {
  use_engine();
  set_engine_clock(al::ClockMode::Real);
  LiveRun live;
  const char* src = R"(import asyncio

async def tick():
    i = 0
    while True:
        print("tick", i)
        i += 1
        await asyncio.sleep(0.05)

asyncio.run(tick())
)";
  RunResult r = live.start(src, "ticks.py", false, 0.1);
  set_engine_clock(al::ClockMode::Virtual);
  REQUIRE(r.kind == RunKind::running);
  REQUIRE(r.model);
  // The GUI thread reads the trace while the interpreter's thread writes it.
  r.model->update();
  std::size_t lines_before = r.model->console_lines().size(), lines_after = lines_before;
  CHECK(lines_before >= 1);
  auto t_poll = std::chrono::steady_clock::now();
  while (lines_after < lines_before + 3 && seconds_since(t_poll) < 5.0) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    r.model->update();
    lines_after = r.model->console_lines().size();
  }
  CHECK(lines_after >= lines_before + 3);
  CHECK(r.model->console_lines()[0].text == "tick 0");
  CHECK(live.active());
  // Stop lands once the loop's wait for the next tick ends (50 ms; more on a loaded machine).
  auto t0 = std::chrono::steady_clock::now();
  live.stop();
  CHECK(seconds_since(t0) < 2.0);
  CHECK(live.collect().exit_status == kExitStopped);
}

TEST_CASE("a syntax error never starts a thread", "[live]") {
  use_engine();
  LiveRun live;
  RunResult r = live.start("x = (\n", "bad.py", false, 1.0);
  CHECK(r.kind == RunKind::syntax_error);
  CHECK_FALSE(live.active());
  CHECK_FALSE(r.model);
}

// A worker left in the pool when a run is stopped must end too: libuv joins its pool's threads
// when the process exits, so one left waiting would hang the window's exit (and this test's).
TEST_CASE("Stop ends a run while a worker thread sleeps", "[live]") {
  SECTION("virtual clock: the worker waits for a turn the clock never gives") {
    // The loop never idles, so the virtual clock never reaches the worker's wake time (each
    // pass works a while, to stay far below the window's 2,000,000-event limit).
    stop_blocked_run(R"(import asyncio
import time

async def main():
    worker = asyncio.create_task(asyncio.to_thread(time.sleep, 5))
    print("spinning")
    while True:
        for _ in range(2000):
            pass
        await asyncio.sleep(0)

asyncio.run(main())
)",
                     al::ClockMode::Virtual, "spinning");
  }
  SECTION("real clock: the worker sleeps for an hour") {
    stop_blocked_run(R"(import asyncio
import time

async def main():
    worker = asyncio.create_task(asyncio.to_thread(time.sleep, 3600))
    print("sleeping")
    await asyncio.sleep(3600)

asyncio.run(main())
)",
                     al::ClockMode::Real, "sleeping");
  }
}
