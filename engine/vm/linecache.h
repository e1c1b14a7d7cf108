// Source lines for tracebacks and warnings (CPython: Lib/linecache.py, and the file re-read
// that Python/traceback.c performs). Sources compiled from memory (the GUI's editor, tests)
// are registered here; other files are read from disk on first use.
#pragma once

#include <optional>
#include <string>

namespace al {

// Remembers the text of `filename` (replacing any cached copy).
void linecache_register(const std::string& filename, std::string source);
// Line `lineno` (1-based) without its line terminator, or nullopt when unavailable.
std::optional<std::string> linecache_getline(const std::string& filename, int lineno);
// False only for the last line of a file that does not end with a newline.
bool linecache_line_has_newline(const std::string& filename, int lineno);
void linecache_clear();

}  // namespace al
