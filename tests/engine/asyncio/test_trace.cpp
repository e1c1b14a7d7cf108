// What asyncio records in the trace for a small program: the exact event kinds in order, with
// lanes, wakers and labels (the scheduling itself is CPython's, checked in test_scheduling.cpp).
#include <catch2/catch.hpp>

#include <string>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "engine/trace/chrome_trace.h"
#include "engine/trace/event.h"
#include "engine/trace/recorder.h"
#include "engine/trace/text_timeline.h"
#include "engine/trace/trace_model.h"
#include "tests/engine/asyncio/prims_harness.h"

namespace {

// One line per event: "kind lane [obj-kind:label] [waker-kind:id]".
std::string describe(const al::trace::Recorder& rec) {
  using namespace al::trace;
  std::string s;
  for (uint32_t i = 0; i < rec.size(); ++i) {
    const Event& e = rec[i];
    s += std::string(name(e.kind)) + " " + std::to_string(e.task);
    if (e.obj_kind != ObjKind::None)
      s += " " + std::string(name(e.obj_kind)) + ":" + std::string(rec.str(e.obj_label));
    if (e.waker_kind != WakerKind::None)
      s += " by " + std::string(name(e.waker_kind)) + ":" + std::to_string(e.waker_id);
    if (e.kind == EventKind::ConsoleOutput) s += " '" + std::string(rec.str(e.text)) + "'";
    s += "\n";
  }
  return s;
}

}  // namespace

TEST_CASE("A small program's trace, event by event", "[trace]") {
  al::trace::Recorder rec({.enabled = true, .wall_clock = false});
  const auto r = al::test::run_script(R"(import asyncio

async def child():
    await asyncio.sleep(1)
    print("child done")
    return 7

async def main():
    t = asyncio.create_task(child())
    await asyncio.sleep(0)
    print(await t)

asyncio.run(main())
)",
                                      &rec);
  REQUIRE(r.status == 0);
  REQUIRE(r.out == "child done\n7\n");
  // Expected from CPython's algorithm (DESIGN.md §2): create_task only schedules; sleep(0) is a
  // bare yield; the timer's callback wakes child through its future (one hop); child's result
  // wakes main; asyncio.run then runs shutdown_asyncgens and shutdown_default_executor as
  // tasks 3 and 4, each finished in one step.
  CHECK(describe(rec) == R"(task_created 1 coroutine:main
ready 1
step_begin 1
task_created 2 coroutine:child by task:1
ready 2 by task:1
step_end 1 sleep:sleep(0)
ready 1 by task:1
step_begin 2
timer_scheduled 2 timer:sleep(1)
step_end 2 sleep:sleep(1)
step_begin 1
step_end 1 task:Task-2
loop_idle 0
clock_advance 0
timer_fired 2 timer:sleep(1)
callback_run 0 callback:sleep(1)
ready 2 sleep:sleep(1) by timer:4
step_begin 2
console_output 2 'child done
'
ready 1 task:Task-2 by task:2
step_end 2
step_begin 1
console_output 1 '7
'
callback_scheduled 1 callback:_run_until_complete_cb
step_end 1
callback_run 0 callback:_run_until_complete_cb
task_created 3 coroutine:BaseEventLoop.shutdown_asyncgens
ready 3
step_begin 3
callback_scheduled 3 callback:_run_until_complete_cb
step_end 3
callback_run 0 callback:_run_until_complete_cb
task_created 4 coroutine:BaseEventLoop.shutdown_default_executor
ready 4
step_begin 4
callback_scheduled 4 callback:_run_until_complete_cb
step_end 4
callback_run 0 callback:_run_until_complete_cb
)");
}

TEST_CASE("asyncio.run's shutdown tasks are loop-internal: no lane in the exports", "[trace]") {
  using namespace al::trace;
  Recorder rec({.enabled = true, .wall_clock = false});
  const auto r = al::test::run_script(R"(import asyncio

async def child():
    await asyncio.sleep(0)

async def main():
    await asyncio.create_task(child())
    print(asyncio.current_task().get_name())

asyncio.run(main())
)",
                                      &rec);
  REQUIRE(r.status == 0);
  REQUIRE(r.out == "Task-1\n");
  std::set<TaskId> internal;
  std::set<TaskId> created;
  for (uint32_t i = 0; i < rec.size(); ++i) {
    if (rec[i].kind != EventKind::TaskCreated) continue;
    created.insert(rec[i].task);
    if (rec[i].detail == 1) internal.insert(rec[i].task);
  }
  // Tasks 3 and 4 are shutdown_asyncgens and shutdown_default_executor (see above).
  REQUIRE(created == std::set<TaskId>{1, 2, 3, 4});
  REQUIRE(internal == std::set<TaskId>{3, 4});
  TraceModel model(rec);
  CHECK_FALSE(model.is_internal(1));
  CHECK_FALSE(model.is_internal(2));
  CHECK(model.is_internal(3));
  CHECK(model.is_internal(4));
  CHECK(model.state_at(model.size() - 1).task(3)->internal);

  TextTimelineOptions opt;
  opt.legend = false;
  std::string timeline = render_text_timeline(model, opt);
  CHECK(timeline.find("Task-1 (main)") != std::string::npos);
  CHECK(timeline.find("Task-2 (child)") != std::string::npos);
  CHECK(timeline.find("shutdown") == std::string::npos);
  CHECK(std::count(timeline.begin(), timeline.end(), '\n') == 4);  // header, ruler, 2 rows

  nlohmann::json doc = nlohmann::json::parse(chrome_trace_json(model));
  std::set<int64_t> named, used;
  for (const auto& e : doc["traceEvents"]) {
    if (e["ph"] == "M" && e["name"] == "thread_name") named.insert(e["tid"].get<int64_t>());
    if (e.contains("tid")) used.insert(e["tid"].get<int64_t>());
  }
  CHECK(named == std::set<int64_t>{1, 2, 3});  // the loop, Task-1, Task-2
  CHECK(used == named);
}
