// Unicode character names for "\N{...}", built from the unicode-data package at build time.
#include <catch2/catch.hpp>

#include "engine/compiler/unicode_names.h"

using al::unicode::lookup_name;

TEST_CASE("character names resolve case-insensitively, aliases included") {
  CHECK(lookup_name("BULLET") == char32_t(0x2022));
  CHECK(lookup_name("bullet") == char32_t(0x2022));
  CHECK(lookup_name("Latin Small Letter E With Acute") == char32_t(0xE9));
  CHECK(lookup_name("LF") == char32_t(0x0A));                 // abbreviation alias
  CHECK(lookup_name("BYTE ORDER MARK") == char32_t(0xFEFF));  // alternate alias
  CHECK(lookup_name("GRINNING FACE") == char32_t(0x1F600));
}

TEST_CASE("HANGUL SYLLABLE and CJK UNIFIED IDEOGRAPH names are algorithmic and case-sensitive") {
  CHECK(lookup_name("HANGUL SYLLABLE GA") == char32_t(0xAC00));
  CHECK(lookup_name("HANGUL SYLLABLE GAG") == char32_t(0xAC01));
  CHECK(lookup_name("HANGUL SYLLABLE A") == char32_t(0xC544));
  CHECK(lookup_name("HANGUL SYLLABLE HIH") == char32_t(0xD7A3));
  CHECK_FALSE(lookup_name("HANGUL SYLLABLE GAX"));
  CHECK_FALSE(lookup_name("hangul syllable ga"));
  CHECK(lookup_name("CJK UNIFIED IDEOGRAPH-4E00") == char32_t(0x4E00));
  CHECK(lookup_name("CJK UNIFIED IDEOGRAPH-20000") == char32_t(0x20000));
  CHECK_FALSE(lookup_name("CJK UNIFIED IDEOGRAPH-4e00"));
  CHECK_FALSE(lookup_name("CJK UNIFIED IDEOGRAPH-0041"));
  CHECK_FALSE(lookup_name("CJK UNIFIED IDEOGRAPH-04E00X"));
}

TEST_CASE("names newer than CPython 3.11's Unicode 14 and unknown names are refused") {
  CHECK_FALSE(lookup_name("TOUCHING FACE"));                // Unicode 15.0
  CHECK_FALSE(lookup_name("CJK UNIFIED IDEOGRAPH-31350"));  // Extension H, Unicode 15.0
  CHECK_FALSE(lookup_name("NO SUCH CHARACTER"));
  CHECK_FALSE(lookup_name(""));
  CHECK_FALSE(lookup_name("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"));  // a named sequence
}
