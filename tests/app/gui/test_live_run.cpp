// LiveRun (app/gui/live_run.h) with the real interpreter: short runs come back whole, endless
// ones stream their events while they run, and Stop ends anything.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

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

}  // namespace

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

TEST_CASE("Stop ends a task stuck in while True: pass", "[live]") {
    use_engine();
    LiveRun live;
    const char* src = R"(import asyncio

async def spin():
    while True:
        pass

asyncio.run(spin())
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
