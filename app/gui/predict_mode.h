// Predict mode: the learner answers the lesson's question before the run is revealed — puts
// output lines in order (drag, or the up/down buttons) leaving out the lines that are never
// printed, or picks the task that runs next at the marked moment.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "app/gui/lesson_doc.h"

namespace al::gui {

// The order question's working state (pure, unit-tested).
struct OrderAnswer {
  std::vector<std::string> pool;    // offered lines not placed yet
  std::vector<std::string> placed;  // the learner's order

  // The question's lines and distractors in a fixed order unrelated to the answer.
  static OrderAnswer offer(const PredictSpec& spec);
  void place(std::size_t pool_index);           // appends to the order
  void unplace(std::size_t index);              // back to the pool
  void move(std::size_t from, std::size_t to);  // within the order
};

class PredictPanel {
 public:
  void reset(const PredictSpec& spec);
  // Draws the question (`question` is its prose) filling `size`. Returns true when the
  // learner asks to check their answer (or to skip: `skipped()`).
  bool draw(const PredictSpec& spec, const std::string& question, ImVec2 size, ImFont* code_font);

  const OrderAnswer& order() const { return order_; }
  OrderAnswer& order() { return order_; }
  const std::string& chosen() const { return chosen_; }
  void choose(const std::string& task) { chosen_ = task; }
  bool skipped() const { return skipped_; }
  // The answer in the form progress.json keeps (order: the lines; next: the task).
  std::vector<std::string> answer(const PredictSpec& spec) const;

 private:
  bool draw_order(ImFont* code_font);
  bool draw_next(const PredictSpec& spec, ImFont* code_font);

  OrderAnswer order_;
  std::string chosen_;
  bool skipped_ = false;
};

}  // namespace al::gui
