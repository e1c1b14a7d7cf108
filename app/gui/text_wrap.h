// Word wrap that also works for Chinese: ImGui 1.86 breaks lines only at spaces, so a run of
// CJK characters (which has none) overflows or breaks at the wrong place. Here a line may break
// after a space or between CJK characters, but never before closing punctuation (，。：）…) or
// after opening punctuation (（「…), as Chinese typesetting expects.
#pragma once

#include <string_view>
#include <vector>

#include <imgui.h>

namespace al::gui {

// The lines of `text` at most `width` pixels wide in `font` at `size` pixels. Explicit "\n"
// always breaks. Spaces at a break are dropped.
std::vector<std::string_view> wrap_lines(ImFont* font, float size, std::string_view text,
                                         float width);

// Draws `text` wrapped to the available width with the current font.
void text_wrapped(std::string_view text);

}  // namespace al::gui
