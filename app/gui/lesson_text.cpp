#include "app/gui/lesson_text.h"

#include <string_view>

#include "app/gui/text_wrap.h"
#include "app/gui/theme.h"

namespace al::gui {

namespace {

std::string_view trim_left(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

// `code`, *emphasis* and **bold** markers are dropped (the subset draws plain text); a '*'
// inside backticks is code and stays.
std::string plain(std::string_view s) {
  std::string out;
  bool in_code = false;
  for (char c : s) {
    if (c == '`') {
      in_code = !in_code;
      continue;
    }
    if (c == '*' && !in_code) continue;
    out += c;
  }
  return out;
}

}  // namespace

void draw_lesson_text(const std::string& markdown, ImFont* heading_font, ImFont* code_font) {
  const Palette& p = palette();
  std::string paragraph;
  auto flush = [&]() {
    if (paragraph.empty()) return;
    text_wrapped(plain(paragraph));
    ImGui::Spacing();
    paragraph.clear();
  };
  bool in_code = false;
  std::size_t pos = 0;
  while (pos <= markdown.size()) {
    std::size_t end = markdown.find('\n', pos);
    if (end == std::string::npos) end = markdown.size();
    std::string_view line(markdown.data() + pos, end - pos);
    pos = end + 1;
    if (line.starts_with("```")) {
      flush();
      in_code = !in_code;
      if (in_code) ImGui::Spacing();
      continue;
    }
    if (in_code) {
      ImGui::PushFont(code_font);
      ImVec2 a = ImGui::GetCursorScreenPos();
      float w = ImGui::GetContentRegionAvail().x;
      ImGui::GetWindowDrawList()->AddRectFilled(
          a, ImVec2(a.x + w, a.y + ImGui::GetTextLineHeightWithSpacing()), p.editor_bg);
      ImGui::TextUnformatted(std::string(line).c_str());
      ImGui::PopFont();
      continue;
    }
    std::string_view t = trim_left(line);
    if (t.empty()) {
      flush();
      continue;
    }
    if (t.starts_with("#")) {
      flush();
      std::size_t level = t.find_first_not_of('#');
      std::string text(trim_left(t.substr(level == std::string_view::npos ? t.size() : level)));
      ImGui::PushFont(level == 1 ? heading_font : ImGui::GetFont());
      ImGui::PushStyleColor(ImGuiCol_Text,
                            ImGui::ColorConvertU32ToFloat4(level == 1 ? p.text : p.accent));
      text_wrapped(plain(text));
      ImGui::PopStyleColor();
      ImGui::PopFont();
      ImGui::Spacing();
      continue;
    }
    if (t.starts_with("- ") || t.starts_with("* ") ||
        (t.size() > 2 && t[0] >= '0' && t[0] <= '9' && (t[1] == '.' || t[1] == ')'))) {
      flush();
      bool numbered = t[0] >= '0' && t[0] <= '9';
      std::size_t mark = numbered ? t.find_first_of(".)") + 1 : 2;
      std::string text(trim_left(t.substr(mark)));
      if (numbered) {
        ImGui::TextUnformatted(std::string(t.substr(0, mark)).c_str());
        ImGui::SameLine();
        ImGui::BeginGroup();
        text_wrapped(plain(text));
        ImGui::EndGroup();
      } else {
        ImGui::Bullet();
        ImGui::BeginGroup();
        text_wrapped(plain(text));
        ImGui::EndGroup();
      }
      continue;
    }
    if (t.starts_with("---")) {
      flush();
      ImGui::Separator();
      continue;
    }
    // Lines of one paragraph join with a space, except between Chinese text (no spaces).
    if (!paragraph.empty() && !((static_cast<unsigned char>(paragraph.back()) & 0x80) &&
                                (static_cast<unsigned char>(t.front()) & 0x80)))
      paragraph += ' ';
    paragraph += t;
  }
  flush();
}

}  // namespace al::gui
