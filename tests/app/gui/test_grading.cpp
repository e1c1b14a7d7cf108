// Grading predictions, against hand-made outputs and against real runs of the shipped lessons
// (the interpreter records the trace; the expected answers come from it).
#include <catch2/catch.hpp>

#include <filesystem>

#include "app/gui/engine_runner.h"
#include "app/gui/grading.h"
#include "app/gui/guided_step.h"
#include "app/gui/paths.h"
#include "app/gui/scenario_runner.h"

using namespace al::gui;
namespace fs = std::filesystem;

namespace {

PrintedLine line(const char* text, const char* task, double t, uint32_t event) {
  return PrintedLine{text, task, t, event, event / 2};
}

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
  REQUIRE(r.run.kind == RunKind::ok);
  return r;
}

}  // namespace

TEST_CASE("an order answer is right only in the program's own order", "[grading]") {
  PredictSpec spec;
  spec.kind = PredictSpec::Kind::order;
  spec.lines = {"a", "b", "c"};
  spec.distractors = {"never"};
  std::vector<PrintedLine> printed = {line("x", "T", 0, 1), line("b", "w2", 0, 4),
                                      line("a", "w1", 0.5, 9), line("c", "w1", 1, 12),
                                      line("a", "w1", 2, 20)};
  // The run printed b before a: the expected order comes from the trace, not the spec.
  Grade ok = grade_order(spec, {"b", "a", "c"}, printed);
  CHECK(ok.valid);
  CHECK(ok.correct);
  CHECK(ok.right == 3);
  CHECK(ok.total == 3);
  CHECK(ok.first_mistake == -1);
  CHECK(ok.expected == std::vector<std::string>{"b", "a", "c"});
  REQUIRE(ok.lines.size() == 4);
  CHECK(ok.lines[1].origin.task == "w1");
  CHECK(ok.lines[1].origin.vtime == 0.5);  // the first time "a" was printed
  CHECK(ok.lines[3].text == "never");
  CHECK_FALSE(ok.lines[3].printed);

  Grade swapped = grade_order(spec, {"a", "b", "c"}, printed);
  CHECK_FALSE(swapped.correct);
  CHECK(swapped.right == 1);
  CHECK(swapped.first_mistake == 0);
  CHECK(swapped.lines[0].answer_pos == 1);

  Grade distractor = grade_order(spec, {"b", "a", "never", "c"}, printed);
  CHECK_FALSE(distractor.correct);
  CHECK(distractor.right == 2);
  CHECK(distractor.first_mistake == 2);
  CHECK(distractor.lines[3].answer_pos == 2);

  Grade short_answer = grade_order(spec, {"b", "a"}, printed);
  CHECK_FALSE(short_answer.correct);
  CHECK(short_answer.first_mistake == 2);
  CHECK(short_answer.lines[2].answer_pos == -1);

  PredictSpec none;
  CHECK_FALSE(grade_order(none, {"a"}, printed).valid);
}

TEST_CASE("the lock race lesson: printed lines, guided steps and the order grade", "[grading]") {
  LessonRun r = run_lesson("12-lock-race");
  const al::trace::TraceModel& m = *r.run.model;
  std::vector<PrintedLine> printed = printed_lines(m);
  REQUIRE(printed.size() == 7);
  CHECK(printed[0].text == "[0.00] w1: read 0");
  CHECK(printed[0].task == "w1");
  CHECK(printed[0].vtime == 0.0);
  CHECK(printed[3].text == "[0.10] w1: wrote 1");
  CHECK(printed[3].vtime == Approx(0.1));
  CHECK(printed[6].text == "[0.10] Task-1: final count: 1");
  CHECK(printed[6].task == "Task-1");
  CHECK(printed[0].step < printed[1].step);

  REQUIRE(r.doc.predict.kind == PredictSpec::Kind::order);
  Grade right = grade_order(r.doc.predict, r.doc.predict.lines, printed);
  CHECK(right.correct);
  CHECK(right.total == 7);
  std::vector<std::string> wrong = r.doc.predict.lines;
  std::swap(wrong[1], wrong[3]);
  Grade g = grade_order(r.doc.predict, wrong, printed);
  CHECK_FALSE(g.correct);
  CHECK(g.right == 5);
  CHECK(g.first_mistake == 1);

  std::vector<ScheduleEvent> sched = schedule_of(m);
  uint32_t last = 0;
  for (const StepMarker& s : r.doc.steps) {
    std::optional<ScheduleEvent> e = find_step(sched, s);
    INFO(s.task << " " << s.event << " " << s.n);
    REQUIRE(e);
    CHECK(e->index >= last);
    CHECK(m.task_name(m.event(e->index).task) == s.task);
    last = e->index;
  }
  StepMarker missing{"w9", "run", 1, "task", ""};
  CHECK_FALSE(find_step(sched, missing));
}

TEST_CASE("the semaphore lesson: which task runs next, from the trace", "[grading]") {
  LessonRun r = run_lesson("13-semaphore");
  REQUIRE(r.doc.predict.kind == PredictSpec::Kind::next);
  Grade right = grade_next(r.doc.predict, r.doc.predict.answer, *r.run.model);
  CHECK(right.valid);
  CHECK(right.correct);
  CHECK(right.actual == "dl-3");
  REQUIRE_FALSE(right.ready_queue.empty());
  CHECK(right.ready_queue.front() == "dl-3");
  CHECK(right.after_vtime == Approx(0.5));
  CHECK(right.next_index > right.after_index);
  Grade wrong = grade_next(r.doc.predict, "dl-4", *r.run.model);
  CHECK_FALSE(wrong.correct);
  CHECK(wrong.right == 0);
  CHECK(wrong.actual == "dl-3");
  PredictSpec never = r.doc.predict;
  never.after.task = "nobody";
  CHECK_FALSE(grade_next(never, "dl-3", *r.run.model).valid);
}
