#include "app/gui/fonts.h"

#include <fontconfig/fontconfig.h>

#include <cstdio>

#include "app/gui/i18n.h"
#include "app/gui/utf8.h"
#include "backends/imgui_impl_opengl3.h"

namespace al::gui {

namespace {

constexpr float kCodeSizeRatio = 0.95f;
constexpr float kHeadingSizeRatio = 1.3f;
constexpr char32_t kZhong = 0x4E2D;  // 中: a CJK font must have it

// Punctuation, arrows, math, box drawing, shapes and dingbats the UI draws (▶ ◀ ● ✓ ⏸
// ...), CJK punctuation and full-width forms.
const ImWchar kSymbolRanges[] = {
    0x2000, 0x206F, 0x2190, 0x21FF, 0x2200, 0x22FF, 0x2300, 0x23FF, 0x2500, 0x25FF,
    0x2600, 0x26FF, 0x2700, 0x27BF, 0x3000, 0x303F, 0xFF00, 0xFFEF, 0,
};

bool file_has(const FontFile& f, char32_t c) {
  if (!f.ok() || c == 0) return f.ok();
  FcPattern* pat =
      FcFreeTypeQuery(reinterpret_cast<const FcChar8*>(f.path.c_str()), f.index, nullptr, nullptr);
  if (!pat) return false;
  FcCharSet* cs = nullptr;
  bool has =
      FcPatternGetCharSet(pat, FC_CHARSET, 0, &cs) == FcResultMatch && FcCharSetHasChar(cs, c);
  FcPatternDestroy(pat);
  return has;
}

}  // namespace

FontFile find_font(const char* pattern, char32_t must_have) {
  FontFile out;
  if (!FcInit()) return out;
  FcPattern* pat = FcNameParse(reinterpret_cast<const FcChar8*>(pattern));
  if (!pat) return out;
  if (must_have) {
    FcCharSet* cs = FcCharSetCreate();
    FcCharSetAddChar(cs, must_have);
    FcPatternAddCharSet(pat, FC_CHARSET, cs);
    FcCharSetDestroy(cs);
  }
  FcConfigSubstitute(nullptr, pat, FcMatchPattern);
  FcDefaultSubstitute(pat);
  FcResult result = FcResultNoMatch;
  FcPattern* match = FcFontMatch(nullptr, pat, &result);
  FcPatternDestroy(pat);
  if (!match) return out;
  FcChar8* file = nullptr;
  int index = 0;
  if (FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch) {
    FcPatternGetInteger(match, FC_INDEX, 0, &index);
    std::string path(reinterpret_cast<const char*>(file));
    // ImGui's stb_truetype reads TrueType/OpenType outlines only, not bitmap or Type 1.
    bool usable = path.ends_with(".ttf") || path.ends_with(".ttc") || path.ends_with(".otf") ||
                  path.ends_with(".otc");
    if (usable) out = FontFile{path, index};
  }
  FcPatternDestroy(match);
  if (out.ok() && must_have && !file_has(out, must_have)) out = FontFile{};
  return out;
}

bool FontManager::build(float size_px, float scale) {
  size_px_ = size_px;
  scale_ = scale;
  ui_file_ = find_font("sans-serif");
  code_file_ = find_font("monospace");
  cjk_file_ = find_font("sans-serif:lang=zh-cn", kZhong);
  cjk_mono_file_ = find_font("monospace:lang=zh-cn", kZhong);
  if (!cjk_mono_file_.ok()) cjk_mono_file_ = cjk_file_;
  warning_.clear();
  if (!ui_file_.ok() || !code_file_.ok()) {
    warning_ = "fontconfig found no TrueType UI or monospace font: using ImGui's default font";
  } else if (!cjk_file_.ok()) {
    warning_ =
        "fontconfig found no font with Chinese glyphs (install fonts-wqy-microhei): "
        "Chinese text will not render";
  }
  if (!warning_.empty()) std::fprintf(stderr, "awaitlab: warning: %s\n", warning_.c_str());
  build_atlas();
  return ui_file_.ok() && code_file_.ok();
}

void FontManager::build_atlas() {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ui_ = code_ = heading_ = nullptr;
  has_cjk_ = false;
  float px = size_px_ * scale_;
  if (!ui_file_.ok() || !code_file_.ok()) {
    ImFontConfig cfg;
    cfg.SizePixels = 13.0f * scale_;
    ui_ = code_ = heading_ = io.Fonts->AddFontDefault(&cfg);
    io.Fonts->Build();
    return;
  }

  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
  builder.AddRanges(kSymbolRanges);
  std::string text = all_text();
  builder.AddText(text.c_str(), text.c_str() + text.size());
  for (char32_t c : extra_)
    if (c <= 0xFFFF) builder.AddChar(static_cast<ImWchar>(c));
  heading_ranges_.clear();
  builder.BuildRanges(&heading_ranges_);
  if (cjk_file_.ok()) builder.AddRanges(io.Fonts->GetGlyphRangesChineseSimplifiedCommon());
  ranges_.clear();
  builder.BuildRanges(&ranges_);

  auto add = [&](const FontFile& main, const FontFile& cjk, float size,
                 const ImVector<ImWchar>& ranges) {
    ImFontConfig cfg;
    cfg.FontNo = main.index;
    cfg.OversampleH = 2;
    ImFont* font = io.Fonts->AddFontFromFileTTF(main.path.c_str(), size, &cfg, ranges.Data);
    if (font && cjk.ok()) {
      ImFontConfig merge;
      merge.MergeMode = true;
      merge.FontNo = cjk.index;
      // CJK glyphs are dense enough that horizontal oversampling only costs atlas space.
      merge.OversampleH = 1;
      if (io.Fonts->AddFontFromFileTTF(cjk.path.c_str(), size, &merge, ranges.Data))
        has_cjk_ = true;
    }
    return font;
  };
  ui_ = add(ui_file_, cjk_file_, px, ranges_);
  code_ = add(code_file_, cjk_mono_file_, px * kCodeSizeRatio, ranges_);
  heading_ = add(ui_file_, cjk_file_, px * kHeadingSizeRatio, heading_ranges_);
  if (!ui_ || !code_ || !heading_ || !io.Fonts->Build()) {
    warning_ = "the fonts fontconfig named could not be loaded: using ImGui's default font";
    std::fprintf(stderr, "awaitlab: warning: %s\n", warning_.c_str());
    io.Fonts->Clear();
    ui_file_ = code_file_ = FontFile{};
    build_atlas();
    return;
  }
  io.FontDefault = ui_;
}

void FontManager::require(std::string_view utf8) {
  if (!ui_ || !has_cjk_) return;
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t c = utf8_next(utf8, i);
    if (c < 0x80 || c > 0xFFFF) continue;
    // The heading font carries only the characters asked for, not the common CJK set.
    if (ui_->FindGlyphNoFallback(static_cast<ImWchar>(c)) &&
        heading_->FindGlyphNoFallback(static_cast<ImWchar>(c)))
      continue;
    if (extra_.insert(c).second) dirty_ = true;
  }
}

void FontManager::set_scale(float scale) {
  if (scale == scale_) return;
  scale_ = scale;
  dirty_ = true;
}

bool FontManager::rebuild_if_needed() {
  if (!dirty_) return false;
  dirty_ = false;
  build_atlas();
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  return true;
}

}  // namespace al::gui
