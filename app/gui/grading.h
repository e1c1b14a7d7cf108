// Grading a prediction against the run (pure: no ImGui, no files). The expected answer always
// comes from the trace, not from the lesson's text, so a variant or an edited program is
// graded by what it really did; the explanation is made of trace facts (who printed a line,
// when, in which step; what the ready queue held).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/gui/guided_step.h"
#include "app/gui/lesson_doc.h"
#include "engine/trace/trace_model.h"

namespace al::gui {

// A complete stdout line of the run and where it came from.
struct PrintedLine {
  std::string text;
  std::string task;  // who printed it ("" for the loop or a callback)
  double vtime = 0;
  uint32_t event = 0;  // the output event that began it
  uint32_t step = 0;   // scheduler steps begun by then (TraceModel::steps_at)
};

std::vector<PrintedLine> printed_lines(const trace::TraceModel& model);

struct LineVerdict {
  std::string text;
  bool printed = false;   // the program printed it (else: a distractor)
  int expected_pos = -1;  // 0-based place in the real order; -1 if never printed
  int answer_pos = -1;    // where the learner put it; -1 if left out
  PrintedLine origin;     // when printed
};

struct Grade {
  bool valid = false;  // false: nothing to grade (no question, or its moment never came)
  bool correct = false;
  int right = 0;  // order: lines in their right place; next: 1 or 0
  int total = 0;
  // order
  std::vector<std::string> expected;  // the real order of the question's printed lines
  std::vector<LineVerdict> lines;     // every offered line, in the real order, then the rest
  int first_mistake = -1;             // first place of the answer that differs, -1 if none
  // next
  std::string chosen, actual;
  uint32_t after_index = 0, next_index = 0;
  double after_vtime = 0;
  std::vector<std::string> ready_queue;  // task names ready just after the marked moment
};

Grade grade_order(const PredictSpec& spec, const std::vector<std::string>& answer,
                  const std::vector<PrintedLine>& printed);
Grade grade_next(const PredictSpec& spec, const std::string& chosen,
                 const trace::TraceModel& model);

}  // namespace al::gui
