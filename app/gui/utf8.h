// UTF-8 helpers the editor and the font loader share: code points, their byte lengths, and
// positions counted in code points.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace al::gui {

// Decodes one code point at `s[i]` and advances `i` past it; an invalid or truncated sequence
// decodes as U+FFFD and advances one byte, so every byte is consumed.
char32_t utf8_next(std::string_view s, std::size_t& i);
// Appends the UTF-8 encoding of `c` (surrogates and values past U+10FFFF become U+FFFD).
void utf8_append(std::string& out, char32_t c);
// The byte index of the code point boundary at or before `i`.
std::size_t utf8_floor(std::string_view s, std::size_t i);
// The byte index of the next code point after the one starting at `i` (s.size() at the end).
std::size_t utf8_step_forward(std::string_view s, std::size_t i);
// The byte index of the code point before `i` (0 at the start).
std::size_t utf8_step_back(std::string_view s, std::size_t i);

}  // namespace al::gui
