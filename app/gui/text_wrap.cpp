#include "app/gui/text_wrap.h"

#include <string>

#include "app/gui/utf8.h"

namespace al::gui {

namespace {

bool is_cjk(char32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F);
}

bool is_closing(char32_t c) {
  static const std::u32string closing = U",.;:!?)]}，。、：；！？）」』】》〉…”’";
  return closing.find(c) != std::u32string::npos;
}

bool is_opening(char32_t c) {
  static const std::u32string opening = U"([{（「『【《〈“‘";
  return opening.find(c) != std::u32string::npos;
}

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<std::string_view> wrap_lines(ImFont* font, float size, std::string_view text,
                                         float width) {
  std::vector<std::string_view> lines;
  const float scale = size / font->FontSize;
  auto advance = [&](char32_t c) {
    return font->GetCharAdvance(static_cast<ImWchar>(c <= 0xFFFF ? c : 0xFFFD)) * scale;
  };
  constexpr std::size_t kNoBreak = std::string_view::npos;
  std::size_t start = 0, brk = kNoBreak, i = 0;
  float w = 0, w_before_brk = 0;  // widths of [start, i) and [start, brk)
  char32_t prev = 0;
  while (i < text.size()) {
    std::size_t at = i;
    char32_t c = utf8_next(text, i);
    if (c == '\n') {
      lines.push_back(trim_right(text.substr(start, at - start)));
      start = i;
      brk = kNoBreak;
      w = 0;
      prev = 0;
      continue;
    }
    if (at > start && !is_closing(c) && !is_opening(prev) &&
        (prev == ' ' || is_cjk(prev) || is_cjk(c))) {
      brk = at;
      w_before_brk = w;
    }
    float adv = advance(c);
    // Spaces may hang past the edge; the break comes at the next visible character.
    if (w + adv > width && at > start && c != ' ') {
      std::size_t cut = brk != kNoBreak ? brk : at;
      lines.push_back(trim_right(text.substr(start, cut - start)));
      w = brk != kNoBreak ? w - w_before_brk : 0;
      start = cut;
      brk = kNoBreak;
    }
    w += adv;
    prev = c;
  }
  if (start < text.size() || lines.empty()) lines.push_back(trim_right(text.substr(start)));
  return lines;
}

void text_wrapped(std::string_view text) {
  float width = ImGui::GetContentRegionAvail().x;
  for (std::string_view line : wrap_lines(ImGui::GetFont(), ImGui::GetFontSize(), text, width))
    ImGui::TextUnformatted(line.data(), line.data() + line.size());
}

}  // namespace al::gui
