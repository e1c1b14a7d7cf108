// The window's strings in English and 简体中文: every user-visible string is looked up here by
// a stable key, so switching the language switches everything and widget IDs stay the same.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace al::gui {

enum class Lang { en, zh };

void set_language(Lang lang);
Lang language();
const char* language_code(Lang lang);            // "en" / "zh"
Lang language_from_code(std::string_view code);  // unknown codes give English

// The text of `key` in the current language. An unknown key returns the key itself and is
// remembered (missing_keys()), so a forgotten entry shows up in tests instead of as a blank.
const char* tr(const char* key);
// tr(key) + "###" + key: an ImGui label whose ID does not change with the language.
const char* trl(const char* key);
// tr(key) with "{0}", "{1}", ... replaced by `args` in order.
std::string trf(const char* key, std::initializer_list<std::string_view> args);

// Keys looked up but not in the table, in first-use order.
const std::vector<std::string>& missing_keys();
// Keys whose English or Chinese text is empty (the table's own consistency check).
std::vector<std::string> incomplete_keys();
// Every string of the table, both languages: the font loader adds their glyphs to the atlas.
std::string all_text();

}  // namespace al::gui
