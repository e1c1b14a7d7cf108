// str: immutable Unicode text stored as UTF-8 (CPython: Objects/unicodeobject.c).
//
// Code-point length and an ASCII flag are computed once at creation so len() and indexing of
// ASCII text are O(1); the hash is cached on first use. Interned strings are immortal and unique
// per content, so attribute names compare by pointer.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/runtime/object.h"

namespace al {

struct Str : Object {
  std::string s;       // UTF-8 bytes
  int64_t length = 0;  // number of code points
  bool ascii = true;   // every byte < 0x80: byte index == code-point index
  bool interned = false;
  int64_t hash_cache = -1;  // -1: not computed yet (CPython never produces -1)
  // For long non-ASCII text: byte offset of every kIndexStep-th code point, built on first
  // indexing so that s[i] in a loop is not quadratic.
  static constexpr int64_t kIndexStep = 64;
  std::unique_ptr<std::vector<uint32_t>> cp_index;

  Str(Type* t, std::string text);
};

Ref<Str> str_from(std::string_view text);
Ref<Str> str_from(std::string&& text);
Ref<Str> str_from(const char* text);
// Creates a str of an exact subtype (str subclasses).
Ref<Str> str_new_of_type(Type* t, std::string text);
// The unique immortal str with this content.
Str* intern(std::string_view text);
// Interns an existing str (returns the canonical object).
Str* intern(Str* s);
int64_t str_hash(Str* s);
bool str_eq(const Str* a, const Str* b);

// Code-point helpers over UTF-8.
size_t utf8_offset(const Str* s, int64_t cp_index);        // byte offset of code point cp_index
uint32_t utf8_decode_at(std::string_view s, size_t& pos);  // decodes and advances pos
void utf8_append(std::string& out, uint32_t cp);
int64_t utf8_count(std::string_view s);
// The code point at index i (0 <= i < length).
uint32_t str_char_at(const Str* s, int64_t i);
// One code point as a str (cached for Latin-1).
Value str_from_cp(uint32_t cp);

// CPython's repr of a str: quotes chosen as CPython does, escapes for non-printable characters.
std::string str_repr(std::string_view s);
// Unicode property helpers used by str methods and the lexer.
bool unicode_isprintable(uint32_t cp);
bool unicode_isspace(uint32_t cp);
bool unicode_isalpha(uint32_t cp);
bool unicode_isdecimal(uint32_t cp);
bool unicode_isdigit(uint32_t cp);
bool unicode_isnumeric(uint32_t cp);
bool unicode_isalnum(uint32_t cp);
bool unicode_isupper(uint32_t cp);
bool unicode_islower(uint32_t cp);
bool unicode_istitle(uint32_t cp);
uint32_t unicode_toupper(uint32_t cp);
uint32_t unicode_tolower(uint32_t cp);
uint32_t unicode_totitle(uint32_t cp);
int unicode_decimal_value(uint32_t cp);  // -1 when not a decimal digit

// str % args (CPython: Objects/unicodeobject.c PyUnicode_Format); in str_format.cpp.
Value str_percent_format(Str* fmt, Object* args);
// str.format(*args, **kwargs) and format_map; in str_format.cpp.
Value str_format(Str* fmt, Args args, Object* mapping);
// str(bytes, encoding, errors); in bytes.cpp.
Value str_decode_object(Type* t, Object* obj, Object* encoding, Object* errors);
// format(str, spec) (in format_spec.cpp).
Value str_format_spec(Str* s, Str* spec);
// str.encode(encoding, errors) (in bytes.cpp).
Value str_encode(Str* s, const std::string& encoding, const std::string& errors);
// Adds the methods of str (split, join, ...) to the type; in str_methods.cpp.
void add_str_methods(Type* t);

void init_str_type();

}  // namespace al
