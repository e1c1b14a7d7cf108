// A lesson's Markdown text (lessons/README.md) parsed with md4c into blocks the window draws:
// headings, paragraphs, list items, code; plus what the text marks for the window — guided
// steps (<!-- step: ... -->), "try this" variants (<!-- variant: N -->) and the prediction
// question (a fenced block with the info string `predict`, JSON).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace al::gui {

// A moment of a task's life (lessons/README.md, "Guided steps").
struct StepMarker {
  std::string task;
  std::string event;  // create | run | suspend | wake | end
  int n = 1;
  std::string lane = "task";  // task | loop
  std::string panel;          // tasks | loop | primitives | console | code, or empty
};

struct PredictSpec {
  enum class Kind { none, order, next };
  Kind kind = Kind::none;
  std::vector<std::string> lines;        // order: the printed lines in output order
  std::vector<std::string> distractors;  // order: lines the program never prints
  StepMarker after;                      // next: the moment after which ...
  std::vector<std::string> choices;      // next: ... one of these runs
  std::string answer;                    // next: the one that does
};

// A run of inline text in one style.
struct TextRun {
  enum Style : unsigned { plain = 0, strong = 1, emphasis = 2, code = 4 };
  std::string text;
  unsigned style = plain;
};

struct LessonBlock {
  enum class Kind { heading, paragraph, item, code, rule, predict };
  Kind kind = Kind::paragraph;
  int level = 0;       // heading: 1..6; item and paragraph: list nesting depth
  std::string bullet;  // item: "1." or "•"
  std::vector<TextRun> runs;
  std::string code;                // code and predict: the block's text
  std::optional<StepMarker> step;  // item: the guided step it starts with
  int variant = 0;                 // item: the "try this" variant it describes (1-based), 0 if none
  int section = -1;                // index of the last level-2 heading before the block
  bool after_predict = false;      // follows the predict block: hidden until answered
};

struct LessonDoc {
  std::string title;
  std::vector<std::string> sections;  // level-2 heading texts in order
  std::vector<LessonBlock> blocks;
  std::vector<StepMarker> steps;  // in text order
  std::vector<int> variants;      // in text order
  PredictSpec predict;
  std::vector<std::string> problems;  // malformed markers or predict JSON
};

LessonDoc parse_lesson(std::string_view markdown);

// "<!-- step: task=w1 event=run n=2 panel=console -->"; nothing for other HTML or bad keys.
std::optional<StepMarker> parse_step_marker(std::string_view html, std::string* problem = nullptr);
// "<!-- variant: 2 -->" gives 2; 0 otherwise.
int parse_variant_marker(std::string_view html);
// The JSON of a predict block; kind none (and `problem` set) when malformed.
PredictSpec parse_predict(std::string_view json, std::string* problem = nullptr);

// The plain text of a block's runs.
std::string plain_text(const LessonBlock& b);

}  // namespace al::gui
