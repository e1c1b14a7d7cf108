// Fonts found through fontconfig: a proportional UI font and a monospace code font, each with
// a CJK font merged in so Chinese text renders; ImGui's built-in font when nothing is found.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

#include <imgui.h>

namespace al::gui {

struct FontFile {
  std::string path;
  int index = 0;  // face index inside a .ttc collection
  bool ok() const { return !path.empty(); }
};

// fontconfig's best match for `pattern` (e.g. "monospace"); when `must_have` is not 0 the
// font must contain that code point (fontconfig falls back to any font otherwise).
FontFile find_font(const char* pattern, char32_t must_have = 0);

class FontManager {
 public:
  // Builds the atlas: UI and code fonts at `size_px * scale`, with glyphs for ASCII, Latin-1,
  // the arrows and shapes the UI draws, common simplified Chinese and every character of
  // `text` (the i18n table, the lesson texts). Returns false when it fell back to ImGui's
  // default font; warning() says why.
  bool build(float size_px, float scale);
  // Characters the next frame must be able to draw (editor text, console output). Characters
  // the atlas lacks are queued; rebuild_if_needed() adds them between frames.
  void require(std::string_view utf8);
  // Rebuilds the atlas and the GL texture when require() queued new characters or the scale
  // changed. Call before ImGui::NewFrame().
  bool rebuild_if_needed();
  void set_scale(float scale);

  ImFont* ui() const { return ui_; }
  ImFont* code() const { return code_; }
  ImFont* heading() const { return heading_; }
  bool has_cjk() const { return has_cjk_; }
  const std::string& warning() const { return warning_; }
  const FontFile& ui_file() const { return ui_file_; }
  const FontFile& cjk_file() const { return cjk_file_; }

 private:
  void build_atlas();

  float size_px_ = 16.0f;
  float scale_ = 1.0f;
  FontFile ui_file_, code_file_, cjk_file_, cjk_mono_file_;
  ImFont* ui_ = nullptr;
  ImFont* code_ = nullptr;
  ImFont* heading_ = nullptr;
  bool has_cjk_ = false;
  bool dirty_ = false;
  std::string warning_;
  std::unordered_set<char32_t> extra_;         // characters added on demand (each tried once)
  ImVector<ImWchar> ranges_, heading_ranges_;  // must outlive the atlas build
};

}  // namespace al::gui
