#include <catch2/catch.hpp>

#include <imgui.h>

#include "app/gui/text_wrap.h"

using al::gui::wrap_lines;

namespace {

// ImGui's built-in font, without a window: only the atlas is built. Its glyphs are 7 px wide,
// and characters it lacks (CJK) take the fallback glyph's width, also 7 px.
ImFont* test_font() {
  static ImFont* font = [] {
    ImGui::CreateContext();
    ImFont* f = ImGui::GetIO().Fonts->AddFontDefault();
    unsigned char* pixels;
    int w, h;
    ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    return f;
  }();
  return font;
}

std::vector<std::string> wrap(std::string_view text, float chars) {
  ImFont* f = test_font();
  float cw = f->GetCharAdvance('a');
  std::vector<std::string> out;
  for (std::string_view l : wrap_lines(f, f->FontSize, text, chars * cw + 0.5f))
    out.emplace_back(l);
  return out;
}

}  // namespace

TEST_CASE("Latin text breaks at spaces", "[wrap]") {
  CHECK(wrap("await the queue now", 10) == std::vector<std::string>{"await the", "queue now"});
  CHECK(wrap("one\ntwo", 20) == std::vector<std::string>{"one", "two"});
  CHECK(wrap("", 5) == std::vector<std::string>{""});
}

TEST_CASE("a word longer than the line breaks inside it", "[wrap]") {
  CHECK(wrap("abcdefghij", 4) == std::vector<std::string>{"abcd", "efgh", "ij"});
}

TEST_CASE("Chinese text breaks between characters", "[wrap]") {
  CHECK(wrap("生产者把数字放进队列", 4) ==
        std::vector<std::string>{"生产者把", "数字放进", "队列"});
}

TEST_CASE("closing punctuation never starts a line", "[wrap]") {
  // "队列满时，" : the comma stays with the character before it.
  CHECK(wrap("队列满时，它等待", 4) == std::vector<std::string>{"队列满", "时，它等", "待"});
}

TEST_CASE("mixed Chinese and code breaks at either", "[wrap]") {
  CHECK(wrap("按 → 单步执行", 5) == std::vector<std::string>{"按 → 单", "步执行"});
}
