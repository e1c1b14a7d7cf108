// The SyntaxError the front end raises: the attributes CPython 3.11 puts on the exception.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

namespace al {

// Values exactly as CPython sets them when running `python3 file.py` (the same as
// `compile(src, filename, 'exec')` when `filename` names a file holding `src`): 1-based lineno,
// 1-based character offsets, `text` the offending source line (None where CPython has none).
// `located` is false for the one error CPython raises without any location (a non-UTF-8
// source): then filename, lineno, offset, end_lineno, end_offset and text are all None.
struct SyntaxErrorInfo {
  std::string kind = "SyntaxError";  // "SyntaxError", "IndentationError" or "TabError"
  std::string msg;
  bool located = true;
  std::string filename;
  int lineno = 0;
  int offset = 0;
  std::optional<int> end_lineno;  // None for a few compiler errors (e.g. __future__ ones)
  std::optional<int> end_offset;
  std::optional<std::string> text;
};

// Thrown by the lexer, the parser and the checks that CPython runs in its symtable/compiler.
class SyntaxErrorException : public std::runtime_error {
 public:
  explicit SyntaxErrorException(SyntaxErrorInfo info)
      : std::runtime_error(info.kind + ": " + info.msg), info_(std::move(info)) {}
  const SyntaxErrorInfo& info() const { return info_; }

 private:
  SyntaxErrorInfo info_;
};

// Nesting too deep for CPython's parser or compiler: CPython raises MemoryError (parser) or
// RecursionError (symbol table), not SyntaxError. `type_name` says which.
class CompilerLimitError : public std::runtime_error {
 public:
  CompilerLimitError(std::string type_name, const std::string& msg)
      : std::runtime_error(msg), type_name_(std::move(type_name)) {}
  const std::string& type_name() const { return type_name_; }

 private:
  std::string type_name_;
};

}  // namespace al
