// UTF-8 helpers and CPython's str repr, for the text algorithms of al_numeric.
//
// Python strings reach al_numeric as UTF-8. Lone surrogates (which a Python str may hold) are
// accepted in their 3-byte encoded form; a byte that is not valid UTF-8 decodes to U+DC80+byte
// (the surrogateescape convention) so that decoding never fails and never loses information.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace al::num {

// Decodes the code point at byte offset *pos and advances *pos past its bytes (one byte for
// an invalid one). *pos must be < text.size().
char32_t utf8_next(std::string_view text, std::size_t* pos);
// Decodes UTF-8 into code points (see the header comment for invalid input).
std::u32string utf8_decode(std::string_view text);
// Appends the UTF-8 encoding of one code point (surrogates are encoded like any other).
void utf8_append(std::string& out, char32_t cp);
std::string utf8_encode(std::u32string_view text);
// Number of code points in a UTF-8 string: Python's len(str).
std::size_t utf8_length(std::string_view text);

// str.isspace() for one code point. CPython: Objects/unicodetype_db.h _PyUnicode_IsWhitespace
bool is_space(char32_t cp);
// The value 0-9 of a Unicode decimal digit (category Nd), or -1. Used where CPython accepts any
// decimal digit: int(), float(), widths in format specs. CPython: Py_UNICODE_TODECIMAL
int decimal_value(char32_t cp);
// str.isprintable() for one code point, from a compact table of the non-printable ranges
// (controls, format characters, separators other than ' ', surrogates, private use,
// non-characters). Unassigned code points are treated as printable: that is the one place this
// differs from CPython's Unicode database.
bool is_printable(char32_t cp);

// repr(str): quotes and escapes exactly as CPython. CPython: Objects/unicodeobject.c unicode_repr
std::string str_repr(std::string_view utf8);
// ascii(str): like str_repr but every non-ASCII code point escaped.
std::string str_ascii(std::string_view utf8);

}  // namespace al::num
