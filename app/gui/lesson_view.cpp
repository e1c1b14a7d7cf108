// Sections: rich text layout · blocks.
#include "app/gui/lesson_view.h"

#include <cfloat>
#include <string_view>

#include "app/gui/i18n.h"
#include "app/gui/theme.h"
#include "app/gui/ui_rects.h"

namespace al::gui {

// ---- rich text layout ----

namespace {

// The byte length of the UTF-8 sequence starting with `c`.
std::size_t utf8_len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

char32_t decode(std::string_view s) {
  unsigned char c = static_cast<unsigned char>(s[0]);
  std::size_t n = utf8_len(c);
  if (n == 1 || s.size() < n) return c;
  char32_t cp = c & (0xFF >> (n + 1));
  for (std::size_t i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

// Wide characters (CJK and their punctuation) break anywhere; other text at spaces.
bool is_wide(char32_t cp) {
  return cp >= 0x2E80;
}

// Chinese closing punctuation never starts a line.
bool no_break_before(char32_t cp) {
  constexpr std::u32string_view closers = U"，。、：；！？）」』》】…";
  return closers.find(cp) != std::u32string_view::npos;
}

// The next token of `s`: a word with its trailing spaces, one wide character, or "\n".
std::string_view next_token(std::string_view s) {
  if (s[0] == '\n') return s.substr(0, 1);
  if (is_wide(decode(s))) return s.substr(0, utf8_len(static_cast<unsigned char>(s[0])));
  std::size_t i = 0;
  while (i < s.size() && s[i] != ' ' && s[i] != '\n' && !is_wide(decode(s.substr(i))))
    i += utf8_len(static_cast<unsigned char>(s[i]));
  while (i < s.size() && s[i] == ' ') ++i;
  return s.substr(0, std::max<std::size_t>(i, 1));
}

}  // namespace

void draw_rich_text(const std::vector<TextRun>& runs, ImFont* code_font) {
  const Palette& p = palette();
  ImFont* font = ImGui::GetFont();
  float size = ImGui::GetFontSize();
  ImFont* cfont = code_font ? code_font : font;
  float csize = cfont->FontSize * (size / font->FontSize);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  float width = std::max(40.0f, ImGui::GetContentRegionAvail().x);
  float line_h = std::max(size, csize) + ImGui::GetStyle().ItemSpacing.y * 0.5f;
  float x = 0, y = 0;
  for (const TextRun& r : runs) {
    bool code = r.style & TextRun::code;
    ImFont* f = code ? cfont : font;
    float fs = code ? csize : size;
    ImU32 col = (r.style & TextRun::strong) ? p.text : code ? p.string : p.text;
    std::string_view s = r.text;
    while (!s.empty()) {
      std::string_view tok = next_token(s);
      s.remove_prefix(tok.size());
      if (tok == "\n") {
        x = 0;
        y += line_h;
        continue;
      }
      float w = f->CalcTextSizeA(fs, FLT_MAX, 0, tok.data(), tok.data() + tok.size()).x;
      // Trailing spaces may hang past the edge.
      std::string_view ink = tok.substr(0, tok.find_last_not_of(' ') + 1);
      float ink_w = f->CalcTextSizeA(fs, FLT_MAX, 0, ink.data(), ink.data() + ink.size()).x;
      if (x > 0 && x + ink_w > width && !no_break_before(decode(tok))) {
        x = 0;
        y += line_h;
      }
      if (x == 0 && tok.find_first_not_of(' ') == std::string_view::npos) continue;
      ImVec2 at(origin.x + x, origin.y + y + (line_h - fs) * 0.5f);
      if (code)
        dl->AddRectFilled(ImVec2(at.x - 1, origin.y + y),
                          ImVec2(at.x + ink_w + 1, origin.y + y + line_h), p.editor_bg, 2.0f);
      dl->AddText(f, fs, at, col, ink.data(), ink.data() + ink.size());
      // Bold without a bold face: the glyphs drawn twice, one pixel apart.
      if (r.style & TextRun::strong)
        dl->AddText(f, fs, ImVec2(at.x + 1, at.y), col, ink.data(), ink.data() + ink.size());
      if (r.style & TextRun::emphasis)
        dl->AddLine(ImVec2(at.x, at.y + fs), ImVec2(at.x + ink_w, at.y + fs),
                    with_alpha(col, 0.4f));
      x += w;
    }
  }
  ImGui::Dummy(ImVec2(width, y + line_h));
}

std::string predict_question(const LessonDoc& doc) {
  std::string q;
  for (const LessonBlock& b : doc.blocks) {
    if (b.kind != LessonBlock::Kind::paragraph || b.after_predict || b.section < 0) continue;
    if (b.section != static_cast<int>(doc.sections.size()) - 1) continue;
    if (!q.empty()) q += "\n";
    q += plain_text(b);
  }
  return q;
}

// ---- blocks ----

LessonViewRequest draw_lesson_doc(const LessonDoc& doc, const LessonViewState& st,
                                  LessonFonts fonts) {
  LessonViewRequest req;
  const Palette& p = palette();
  int step_index = -1;
  bool hidden_note = false;
  for (const LessonBlock& b : doc.blocks) {
    if (b.step) ++step_index;
    if (b.after_predict && !st.revealed) {
      if (!hidden_note) {
        hidden_note = true;
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.muted_text));
        draw_rich_text({TextRun{tr("predict.hidden_until_answered"), TextRun::emphasis}},
                       fonts.code);
        ImGui::PopStyleColor();
      }
      continue;
    }
    // Nested list content is indented; a heading's level is its size, not a depth.
    float indent = b.kind != LessonBlock::Kind::heading && b.level > 1
                       ? 16.0f * static_cast<float>(b.level - 1)
                       : 0.0f;
    if (indent > 0) ImGui::Indent(indent);
    switch (b.kind) {
      case LessonBlock::Kind::heading: {
        ImGui::Spacing();
        ImGui::PushFont(b.level == 1 && fonts.heading ? fonts.heading : ImGui::GetFont());
        ImU32 col = b.level == 1 ? p.text : p.accent;
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(col));
        draw_rich_text(b.runs, fonts.code);
        ImGui::PopStyleColor();
        ImGui::PopFont();
        break;
      }
      case LessonBlock::Kind::paragraph:
        draw_rich_text(b.runs, fonts.code);
        ImGui::Spacing();
        break;
      case LessonBlock::Kind::item: {
        ImVec2 top = ImGui::GetCursorScreenPos();
        bool active = b.step && step_index == st.active_step;
        bool var_active = b.variant && b.variant == st.active_variant;
        ImDrawListSplitter split;
        split.Split(ImGui::GetWindowDrawList(), 2);
        split.SetCurrentChannel(ImGui::GetWindowDrawList(), 1);
        ImGui::AlignTextToFramePadding();
        if (b.step) {
          std::string id = "##step" + std::to_string(step_index);
          if (ImGui::ArrowButton(id.c_str(), ImGuiDir_Right)) req.go_step = step_index;
          if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("lesson.go_step"));
          if (ImGui::IsItemVisible())
            note_item_rect(("guided_step_" + std::to_string(step_index)).c_str());
          if (active && st.scroll_to_active) ImGui::SetScrollHereY(0.3f);
        } else {
          ImGui::TextUnformatted(b.bullet.c_str());
        }
        ImGui::SameLine();
        ImGui::BeginGroup();
        if (b.variant) {
          std::string label =
              std::string(tr(var_active ? "lesson.variant_back" : "lesson.try_variant")) +
              "###variant" + std::to_string(b.variant);
          if (ImGui::SmallButton(label.c_str())) req.load_variant = var_active ? 0 : b.variant;
          if (ImGui::IsItemVisible())
            note_item_rect(("try_variant_" + std::to_string(b.variant)).c_str());
        }
        draw_rich_text(b.runs, fonts.code);
        ImGui::EndGroup();
        split.SetCurrentChannel(ImGui::GetWindowDrawList(), 0);
        if (active || var_active) {
          ImVec2 end = ImGui::GetItemRectMax();
          ImGui::GetWindowDrawList()->AddRectFilled(
              ImVec2(top.x - 2, top.y - 1),
              ImVec2(top.x + ImGui::GetContentRegionAvail().x, end.y + 1),
              with_alpha(p.selection, 0.5f), 3.0f);
        }
        split.Merge(ImGui::GetWindowDrawList());
        break;
      }
      case LessonBlock::Kind::code:
      case LessonBlock::Kind::predict: {
        if (b.kind == LessonBlock::Kind::predict) break;  // answered in the predict panel
        ImGui::PushFont(fonts.code ? fonts.code : ImGui::GetFont());
        ImVec2 a = ImGui::GetCursorScreenPos();
        ImVec2 sz = ImGui::CalcTextSize(b.code.c_str());
        ImGui::GetWindowDrawList()->AddRectFilled(
            a, ImVec2(a.x + ImGui::GetContentRegionAvail().x, a.y + sz.y + 4), p.editor_bg, 3.0f);
        ImGui::TextUnformatted(b.code.c_str());
        ImGui::PopFont();
        ImGui::Spacing();
        break;
      }
      case LessonBlock::Kind::rule:
        ImGui::Separator();
        break;
    }
    if (indent > 0) ImGui::Unindent(indent);
  }
  return req;
}

}  // namespace al::gui
