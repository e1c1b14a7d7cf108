// A source file as the tokenizer sees it, and the SyntaxError fields derived from it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/compiler/syntax_error.h"

namespace al {

class Source {
 public:
  // `raw` is the file's bytes. A UTF-8 BOM is dropped and "\r\n" / "\r" become "\n", as
  // CPython's file reader does; a final "\n" is added when missing (the tokenizer needs it).
  // A Latin-1 coding declaration makes the text transcoded to UTF-8.
  Source(std::string_view raw, std::string filename);

  // CPython's tok->encoding is set: the file starts with a BOM or declares its encoding
  // (PEP 263). CPython then reports parser errors in characters rather than bytes.
  bool encoding_declared() const { return encoding_declared_; }
  // An unsupported or contradictory coding declaration: the message of the (unlocated)
  // SyntaxError CPython raises when it reads line `encoding_problem_line()`.
  const std::string& encoding_problem() const { return encoding_problem_; }
  int encoding_problem_line() const { return encoding_problem_line_; }

  const std::string& filename() const { return filename_; }
  // The tokenizer's buffer: the translated text, always ending in '\n'.
  const std::string& text() const { return text_; }
  // Number of physical lines of the file (before the added '\n').
  int line_count() const { return static_cast<int>(file_line_starts_.size()); }
  // Byte offset in text() where 1-based line `lineno` starts.
  std::size_t line_start(int lineno) const { return file_line_starts_[lineno - 1]; }

  // CPython: Python/errors.c err_programtext: the line as re-read from the file, with its
  // "\n" when the file has one there (and the BOM on line 1); has_file_line says whether
  // `lineno` is a line of the file.
  bool has_file_line(int lineno) const { return lineno >= 1 && lineno <= line_count(); }
  std::string file_line(int lineno) const;

  // The text as it would appear in CPython's error object.
  static std::string decode_replace(std::string_view bytes);

 private:
  std::string filename_;
  std::string text_;
  bool added_newline_ = false;
  bool bom_ = false;
  bool encoding_declared_ = false;
  std::string encoding_problem_;
  int encoding_problem_line_ = 0;
  std::vector<std::size_t> file_line_starts_;
};

// CPython: Parser/pegen_errors.c _PyPegen_byte_offset_to_character_offset: how many characters
// the first `col_offset` bytes of `line` decode to ("replace" mode); `col_offset` is clamped to
// strlen(line) + 1, the terminating NUL counting as a character as it does in CPython.
int byte_offset_to_character_offset(std::string_view line, long col_offset);

// Number of code points in UTF-8 `bytes`, each invalid or truncated sequence counting as one.
int utf8_char_count(std::string_view bytes);

[[noreturn]] void throw_syntax_error(SyntaxErrorInfo info);

}  // namespace al
