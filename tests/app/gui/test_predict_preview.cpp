// Predict mode's "which task runs next" question shows the run up to its marked moment
// (predict_horizon in app/gui/guided_step.h): the state there has the answer still waiting in
// the ready queue, and nothing of it has run yet.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "app/gui/engine_runner.h"
#include "app/gui/guided_step.h"
#include "app/gui/paths.h"
#include "app/gui/scenario_runner.h"

using namespace al::gui;
namespace fs = std::filesystem;

namespace {

struct LessonRun {
  LessonDoc doc;
  RunResult run;
};

LessonRun run_lesson(const std::string& id) {
  set_scenario_runner(run_with_engine);
  fs::path dir = fs::path(AWAITLAB_SOURCE_DIR) / "lessons" / id;
  LessonRun r;
  std::string md, source;
  REQUIRE(read_file(dir / "en.md", md));
  REQUIRE(read_file(dir / "scenario.py", source));
  r.doc = parse_lesson(md);
  r.run = run_scenario(source, "scenario.py", false);
  REQUIRE(r.run.model);
  return r;
}

std::vector<std::string> ready_tasks(const al::trace::TraceModel& m, uint32_t i) {
  std::vector<std::string> out;
  for (const auto& r : m.state_at(i).ready)
    if (r.kind == al::trace::ReadyKind::Task) out.push_back(m.task_name(r.id));
  return out;
}

}  // namespace

TEST_CASE("A next question's run stops at its moment, the answer waiting in the ready queue",
          "[predict_preview]") {
  for (const char* id : {"13-semaphore", "06-wait-first-completed", "09-shield"}) {
    INFO(id);
    LessonRun r = run_lesson(id);
    REQUIRE(r.doc.predict.kind == PredictSpec::Kind::next);
    const al::trace::TraceModel& m = *r.run.model;
    std::optional<uint32_t> h = predict_horizon(r.doc.predict, m);
    REQUIRE(h);
    CHECK(*h < m.size());
    std::vector<ScheduleEvent> sched = schedule_of(m);
    CHECK(h == find_step(sched, r.doc.predict.after)->index);
    std::optional<ScheduleEvent> next = next_run_after(sched, *h);
    REQUIRE(next);
    CHECK(next->task == r.doc.predict.answer);
    std::vector<std::string> ready = ready_tasks(m, *h);
    CHECK(std::find(ready.begin(), ready.end(), r.doc.predict.answer) != ready.end());
  }
}

TEST_CASE("Only next questions with a moment in the run get a preview", "[predict_preview]") {
  LessonRun order = run_lesson("12-lock-race");
  REQUIRE(order.doc.predict.kind == PredictSpec::Kind::order);
  CHECK_FALSE(predict_horizon(order.doc.predict, *order.run.model));

  LessonRun next = run_lesson("13-semaphore");
  PredictSpec missing = next.doc.predict;
  missing.after.task = "nobody";
  CHECK_FALSE(predict_horizon(missing, *next.run.model));
  missing = next.doc.predict;
  missing.after.event = "run";
  missing.after.n = 99;
  CHECK_FALSE(predict_horizon(missing, *next.run.model));
}
