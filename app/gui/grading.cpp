#include "app/gui/grading.h"

#include <algorithm>

namespace al::gui {

std::vector<PrintedLine> printed_lines(const trace::TraceModel& model) {
  std::vector<PrintedLine> out;
  for (const trace::ConsoleLine& l : model.console_lines()) {
    if (l.stream != trace::Stream::Stdout) continue;
    PrintedLine p;
    p.text = l.text;
    p.task = l.task ? model.task_name(l.task) : "";
    p.event = l.first_event;
    p.vtime = model.time_at(l.first_event);
    p.step = model.steps_at(l.first_event);
    out.push_back(std::move(p));
  }
  return out;
}

Grade grade_order(const PredictSpec& spec, const std::vector<std::string>& answer,
                  const std::vector<PrintedLine>& printed) {
  Grade g;
  if (spec.kind != PredictSpec::Kind::order) return g;
  g.valid = true;
  std::vector<std::string> offered = spec.lines;
  offered.insert(offered.end(), spec.distractors.begin(), spec.distractors.end());
  auto is_offered = [&](const std::string& t) {
    return std::find(offered.begin(), offered.end(), t) != offered.end();
  };
  // The real order: offered lines as the program printed them (the first time each).
  std::vector<const PrintedLine*> origin;
  for (const PrintedLine& p : printed) {
    if (!is_offered(p.text) ||
        std::find(g.expected.begin(), g.expected.end(), p.text) != g.expected.end())
      continue;
    g.expected.push_back(p.text);
    origin.push_back(&p);
  }
  g.total = static_cast<int>(g.expected.size());
  for (std::size_t i = 0; i < g.expected.size(); ++i)
    if (i < answer.size() && answer[i] == g.expected[i]) ++g.right;
  g.correct = answer == g.expected;
  std::size_t common = std::min(answer.size(), g.expected.size());
  for (std::size_t i = 0; i < common && g.first_mistake < 0; ++i)
    if (answer[i] != g.expected[i]) g.first_mistake = static_cast<int>(i);
  if (g.first_mistake < 0 && answer.size() != g.expected.size())
    g.first_mistake = static_cast<int>(common);
  auto answer_pos = [&](const std::string& t) {
    auto it = std::find(answer.begin(), answer.end(), t);
    return it == answer.end() ? -1 : static_cast<int>(it - answer.begin());
  };
  for (std::size_t i = 0; i < g.expected.size(); ++i)
    g.lines.push_back(LineVerdict{g.expected[i], true, static_cast<int>(i),
                                  answer_pos(g.expected[i]), *origin[i]});
  for (const std::string& t : offered)
    if (std::find(g.expected.begin(), g.expected.end(), t) == g.expected.end())
      g.lines.push_back(LineVerdict{t, false, -1, answer_pos(t), PrintedLine{}});
  return g;
}

Grade grade_next(const PredictSpec& spec, const std::string& chosen,
                 const trace::TraceModel& model) {
  Grade g;
  if (spec.kind != PredictSpec::Kind::next) return g;
  std::vector<ScheduleEvent> sched = schedule_of(model);
  std::optional<ScheduleEvent> after = find_step(sched, spec.after);
  if (!after) return g;
  std::optional<ScheduleEvent> next = next_run_after(sched, after->index);
  g.valid = true;
  g.total = 1;
  g.chosen = chosen;
  g.after_index = after->index;
  g.after_vtime = model.time_at(after->index);
  if (next) {
    g.actual = next->task;
    g.next_index = next->index;
    // The queue as the loop found it: just before the next step began.
    uint32_t at = next->index ? next->index - 1 : 0;
    for (const trace::ReadyEntry& r : model.state_at(at).ready)
      if (r.kind == trace::ReadyKind::Task) g.ready_queue.push_back(model.task_name(r.id));
  }
  g.correct = !g.actual.empty() && chosen == g.actual;
  g.right = g.correct ? 1 : 0;
  return g;
}

}  // namespace al::gui
