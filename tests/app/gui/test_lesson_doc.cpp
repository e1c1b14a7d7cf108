#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "app/gui/lesson_doc.h"
#include "app/gui/paths.h"

using namespace al::gui;
namespace fs = std::filesystem;

TEST_CASE("step markers parse with defaults and reject bad keys", "[lesson_doc]") {
  auto m = parse_step_marker("<!-- step: task=w1 event=suspend n=2 panel=code -->");
  REQUIRE(m);
  CHECK(m->task == "w1");
  CHECK(m->event == "suspend");
  CHECK(m->n == 2);
  CHECK(m->lane == "task");
  CHECK(m->panel == "code");
  auto d = parse_step_marker("<!--step: task=Task-1 event=end lane=loop-->");
  REQUIRE(d);
  CHECK(d->n == 1);
  CHECK(d->lane == "loop");
  std::string problem;
  CHECK_FALSE(parse_step_marker("<!-- step: task=w1 event=jump -->", &problem));
  CHECK(problem.find("bad event") != std::string::npos);
  problem.clear();
  CHECK_FALSE(parse_step_marker("<!-- step: event=run -->", &problem));
  CHECK(problem.find("no task") != std::string::npos);
  CHECK_FALSE(parse_step_marker("<!-- step: task=a event=run n=0 -->", &problem));
  CHECK_FALSE(parse_step_marker("<!-- a comment -->"));
  CHECK(parse_variant_marker("<!-- variant: 3 -->") == 3);
  CHECK(parse_variant_marker("<!-- variant: x -->") == 0);
  CHECK(parse_variant_marker("<!-- step: task=a event=run -->") == 0);
}

TEST_CASE("predict blocks parse or report what is wrong", "[lesson_doc]") {
  PredictSpec o = parse_predict(R"({"kind":"order","lines":["a","b"],"distractors":["c"]})");
  CHECK(o.kind == PredictSpec::Kind::order);
  CHECK(o.lines == std::vector<std::string>{"a", "b"});
  CHECK(o.distractors == std::vector<std::string>{"c"});
  PredictSpec n = parse_predict(
      R"({"kind":"next","after":{"task":"dl-2","event":"end"},"choices":["dl-3","dl-4"],"answer":"dl-3"})");
  CHECK(n.kind == PredictSpec::Kind::next);
  CHECK(n.after.task == "dl-2");
  CHECK(n.after.event == "end");
  CHECK(n.after.n == 1);
  CHECK(n.answer == "dl-3");
  std::string problem;
  CHECK(
      parse_predict(
          R"({"kind":"next","after":{"task":"a","event":"end"},"choices":["x","y"],"answer":"z"})",
          &problem)
          .kind == PredictSpec::Kind::none);
  CHECK(problem.find("not one of") != std::string::npos);
  CHECK(parse_predict("{not json").kind == PredictSpec::Kind::none);
  CHECK(parse_predict(R"({"kind":"order","lines":["only one"]})").kind == PredictSpec::Kind::none);
  CHECK(parse_predict(R"([1,2])").kind == PredictSpec::Kind::none);
}

TEST_CASE("a lesson text becomes blocks, steps, variants and a hidden answer", "[lesson_doc]") {
  const char* md =
      "# Title here\n\n"
      "## The idea\n\n"
      "Plain **bold** and `code`\nnext line. 中文\n第二行\n\n"
      "## Watch it on the timeline\n\n"
      "1. <!-- step: task=w1 event=run --> First\n   step.\n"
      "2. <!-- step: task=w2 event=end panel=console --> Second.\n\n"
      "## Try this\n\n"
      "1. <!-- variant: 1 --> **One** (`variant-1.py`).\n\n"
      "## Predict\n\nWhich runs next?\n\n"
      "```predict\n{\"kind\":\"next\",\"after\":{\"task\":\"w1\",\"event\":\"run\"},"
      "\"choices\":[\"w1\",\"w2\"],\"answer\":\"w2\"}\n```\n\n"
      "Because FIFO.\n";
  LessonDoc d = parse_lesson(md);
  CHECK(d.problems.empty());
  CHECK(d.title == "Title here");
  CHECK(d.sections ==
        std::vector<std::string>{"The idea", "Watch it on the timeline", "Try this", "Predict"});
  REQUIRE(d.steps.size() == 2);
  CHECK(d.steps[0].task == "w1");
  CHECK(d.steps[1].panel == "console");
  CHECK(d.variants == std::vector<int>{1});
  CHECK(d.predict.kind == PredictSpec::Kind::next);
  CHECK(d.predict.answer == "w2");

  // The idea paragraph: styles kept, lines joined with a space except between Chinese lines.
  const LessonBlock* idea = nullptr;
  for (const LessonBlock& b : d.blocks)
    if (b.kind == LessonBlock::Kind::paragraph && b.section == 0) idea = &b;
  REQUIRE(idea);
  CHECK(plain_text(*idea) == "Plain bold and code next line. 中文第二行");
  REQUIRE(idea->runs.size() >= 4);
  CHECK(idea->runs[1].text == "bold");
  CHECK(idea->runs[1].style == TextRun::strong);
  CHECK(idea->runs[3].text == "code");
  CHECK(idea->runs[3].style == TextRun::code);

  int items = 0, hidden = 0;
  for (const LessonBlock& b : d.blocks) {
    if (b.kind == LessonBlock::Kind::item && b.step) {
      ++items;
      if (b.step->task == "w1") CHECK(plain_text(b) == " First step.");
    }
    if (b.after_predict) {
      ++hidden;
      CHECK(plain_text(b) == "Because FIFO.");
    }
  }
  CHECK(items == 2);
  CHECK(hidden == 1);
}

TEST_CASE("every shipped lesson parses in both languages with the same markers", "[lesson_doc]") {
  fs::path dir = fs::path(AWAITLAB_SOURCE_DIR) / "lessons";
  int lessons = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!fs::exists(entry.path() / "scenario.py")) continue;
    ++lessons;
    std::string en_text, zh_text;
    REQUIRE(read_file(entry.path() / "en.md", en_text));
    REQUIRE(read_file(entry.path() / "zh.md", zh_text));
    LessonDoc en = parse_lesson(en_text), zh = parse_lesson(zh_text);
    INFO(entry.path().filename().string());
    CHECK(en.problems.empty());
    CHECK(zh.problems.empty());
    CHECK(en.steps.size() >= 2);
    REQUIRE(en.steps.size() == zh.steps.size());
    for (std::size_t i = 0; i < en.steps.size(); ++i) {
      CHECK(en.steps[i].task == zh.steps[i].task);
      CHECK(en.steps[i].event == zh.steps[i].event);
      CHECK(en.steps[i].n == zh.steps[i].n);
    }
    CHECK(en.variants == zh.variants);
    for (int v : en.variants)
      CHECK(fs::exists(entry.path() / ("variant-" + std::to_string(v) + ".py")));
    CHECK(en.predict.kind != PredictSpec::Kind::none);
    CHECK(en.predict.lines == zh.predict.lines);
    CHECK(en.predict.answer == zh.predict.answer);
    CHECK(en.sections.size() == zh.sections.size());
    CHECK_FALSE(en.title.empty());
  }
  CHECK(lessons >= 20);
}
