// Unicode classes of code points, as CPython 3.11 (Unicode 14) defines them.
#pragma once

#include <string_view>

namespace al::unicode {

bool is_id_start(char32_t c);     // may start an identifier: XID_Start or '_'
bool is_id_continue(char32_t c);  // may continue an identifier: XID_Continue
bool is_printable(char32_t c);    // CPython: Py_UNICODE_ISPRINTABLE
// The NFKC form (UTF-8) of an identifier character that NFKC changes, else empty.
std::string_view nfkc(char32_t c);

}  // namespace al::unicode
