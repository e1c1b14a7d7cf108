// Unicode character names for "\N{...}" escapes, as CPython 3.11 (Unicode 14) resolves them.
#pragma once

#include <optional>
#include <string_view>

namespace al::unicode {

// CPython: Modules/unicodedata.c _getcode with with_named_seq=0: names and aliases match
// case-insensitively; HANGUL SYLLABLE and CJK UNIFIED IDEOGRAPH names are algorithmic.
std::optional<char32_t> lookup_name(std::string_view name);

}  // namespace al::unicode
