// Sections: the order answer · the panel.
#include "app/gui/predict_mode.h"

#include <algorithm>

#include "app/gui/fnv_hash.h"
#include "app/gui/i18n.h"
#include "app/gui/text_wrap.h"
#include "app/gui/theme.h"
#include "app/gui/ui_rects.h"

namespace al::gui {

// ---- the order answer ----

OrderAnswer OrderAnswer::offer(const PredictSpec& spec) {
  OrderAnswer a;
  a.pool = spec.lines;
  a.pool.insert(a.pool.end(), spec.distractors.begin(), spec.distractors.end());
  // Sorted by a hash of the text: the same shuffle on every run, unrelated to the output order.
  std::stable_sort(a.pool.begin(), a.pool.end(),
                   [](const std::string& x, const std::string& y) { return fnv1a(x) < fnv1a(y); });
  return a;
}

void OrderAnswer::place(std::size_t i) {
  if (i >= pool.size()) return;
  placed.push_back(pool[i]);
  pool.erase(pool.begin() + static_cast<std::ptrdiff_t>(i));
}

void OrderAnswer::unplace(std::size_t i) {
  if (i >= placed.size()) return;
  pool.push_back(placed[i]);
  placed.erase(placed.begin() + static_cast<std::ptrdiff_t>(i));
}

void OrderAnswer::move(std::size_t from, std::size_t to) {
  if (from >= placed.size() || to >= placed.size() || from == to) return;
  std::string line = placed[from];
  placed.erase(placed.begin() + static_cast<std::ptrdiff_t>(from));
  placed.insert(placed.begin() + static_cast<std::ptrdiff_t>(to), line);
}

// ---- the panel ----

namespace {

// Rows scrolled out of their list are not clickable: the state dump lists only visible ones.
void note_visible_rect(const char* name) {
  if (ImGui::IsItemVisible()) note_item_rect(name);
}

}  // namespace

void PredictPanel::reset(const PredictSpec& spec) {
  order_ = OrderAnswer::offer(spec);
  chosen_.clear();
  skipped_ = false;
}

std::vector<std::string> PredictPanel::answer(const PredictSpec& spec) const {
  if (spec.kind == PredictSpec::Kind::order) return order_.placed;
  if (chosen_.empty()) return {};
  return {chosen_};
}

bool PredictPanel::draw(const PredictSpec& spec, const std::string& question, ImVec2 size,
                        ImFont* code_font) {
  bool submit = false;
  ImGui::BeginChild("##predict", size, false);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().accent));
  ImGui::TextUnformatted(tr("predict.title"));
  ImGui::PopStyleColor();
  if (!question.empty()) text_wrapped(question);
  ImGui::Spacing();
  if (spec.kind == PredictSpec::Kind::order)
    submit = draw_order(code_font);
  else
    submit = draw_next(spec, code_font);
  ImGui::Spacing();
  bool ready = spec.kind == PredictSpec::Kind::order ? !order_.placed.empty() : !chosen_.empty();
  ImGui::BeginDisabled(!ready);
  if (ImGui::Button(trl("predict.check"))) submit = true;
  ImGui::EndDisabled();
  note_item_rect("predict_check");
  ImGui::SameLine();
  if (ImGui::Button(trl("predict.skip"))) {
    skipped_ = true;
    submit = true;
  }
  note_item_rect("predict_skip");
  ImGui::EndChild();
  return submit;
}

bool PredictPanel::draw_order(ImFont* code_font) {
  float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  float list_h = std::max(
      120.0f, ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 2.5f);
  ImGui::BeginGroup();
  ImGui::TextDisabled("%s", tr("predict.your_order"));
  ImGui::BeginChild("##placed", ImVec2(half, list_h), true);
  int move_from = -1, move_to = -1, remove = -1;
  for (std::size_t i = 0; i < order_.placed.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::ArrowButton("##up", ImGuiDir_Up) && i > 0) move_from = int(i), move_to = int(i) - 1;
    note_visible_rect(("predict_up_" + std::to_string(i)).c_str());
    ImGui::SameLine(0, 2);
    if (ImGui::ArrowButton("##down", ImGuiDir_Down) && i + 1 < order_.placed.size())
      move_from = int(i), move_to = int(i) + 1;
    note_visible_rect(("predict_down_" + std::to_string(i)).c_str());
    ImGui::SameLine(0, 2);
    if (ImGui::SmallButton("x")) remove = int(i);
    note_visible_rect(("predict_remove_" + std::to_string(i)).c_str());
    ImGui::SameLine();
    ImGui::PushFont(code_font);
    std::string label = std::to_string(i + 1) + ". " + order_.placed[i];
    ImGui::Selectable(label.c_str(), false);
    ImGui::PopFont();
    note_visible_rect(("predict_line_" + std::to_string(i)).c_str());
    // Drag a line onto another to move it there.
    if (ImGui::BeginDragDropSource()) {
      int from = static_cast<int>(i);
      ImGui::SetDragDropPayload("AL_PREDICT_LINE", &from, sizeof from);
      ImGui::TextUnformatted(order_.placed[i].c_str());
      ImGui::EndDragDropSource();
    }
    if (ImGui::BeginDragDropTarget()) {
      if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload("AL_PREDICT_LINE")) {
        move_from = *static_cast<const int*>(p->Data);
        move_to = static_cast<int>(i);
      }
      ImGui::EndDragDropTarget();
    }
    ImGui::PopID();
  }
  if (order_.placed.empty()) ImGui::TextDisabled("%s", tr("predict.empty_order"));
  ImGui::EndChild();
  ImGui::EndGroup();
  if (move_from >= 0) order_.move(std::size_t(move_from), std::size_t(move_to));
  if (remove >= 0) order_.unplace(std::size_t(remove));

  ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::TextDisabled("%s", tr("predict.pool"));
  ImGui::BeginChild("##pool", ImVec2(half, list_h), true);
  int add = -1;
  for (std::size_t i = 0; i < order_.pool.size(); ++i) {
    ImGui::PushID(static_cast<int>(i) + 10000);
    if (ImGui::SmallButton("+")) add = int(i);
    note_visible_rect(("predict_add_" + std::to_string(i)).c_str());
    ImGui::SameLine();
    ImGui::PushFont(code_font);
    if (ImGui::Selectable(order_.pool[i].c_str(), false, ImGuiSelectableFlags_AllowDoubleClick) &&
        ImGui::IsMouseDoubleClicked(0))
      add = int(i);
    ImGui::PopFont();
    ImGui::PopID();
  }
  if (order_.pool.empty()) ImGui::TextDisabled("%s", tr("predict.pool_empty"));
  ImGui::EndChild();
  ImGui::EndGroup();
  if (add >= 0) order_.place(std::size_t(add));
  return false;
}

bool PredictPanel::draw_next(const PredictSpec& spec, ImFont* code_font) {
  ImGui::TextDisabled("%s", tr("predict.pick_next"));
  for (std::size_t i = 0; i < spec.choices.size(); ++i) {
    ImGui::PushFont(code_font);
    if (ImGui::RadioButton(spec.choices[i].c_str(), chosen_ == spec.choices[i]))
      chosen_ = spec.choices[i];
    ImGui::PopFont();
    note_visible_rect(("predict_choice_" + std::to_string(i)).c_str());
  }
  return false;
}

}  // namespace al::gui
