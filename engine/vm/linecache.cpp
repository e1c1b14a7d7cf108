// Source line cache (CPython: Lib/linecache.py).
#include "engine/vm/linecache.h"

#include <fstream>
#include <iterator>
#include <map>
#include <mutex>
#include <vector>

#include "engine/vm/sandbox.h"

namespace al {

namespace {

struct CachedFile {
  std::vector<std::string> lines;
  bool ends_with_newline = true;
};

struct Cache {
  std::mutex mu;
  std::map<std::string, CachedFile> files;
};

Cache& cache() {
  static Cache c;
  return c;
}

// Splits as Python's universal newlines do: "\n", "\r\n" and "\r" all end a line.
std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::string cur;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n' || c == '\r') {
      lines.push_back(std::move(cur));
      cur.clear();
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) lines.push_back(std::move(cur));
  return lines;
}

CachedFile split_file(const std::string& text) {
  CachedFile f;
  f.lines = split_lines(text);
  f.ends_with_newline = text.empty() || text.back() == '\n' || text.back() == '\r';
  return f;
}

}  // namespace

void linecache_register(const std::string& filename, std::string source) {
  Cache& c = cache();
  std::lock_guard<std::mutex> lock(c.mu);
  c.files[filename] = split_file(source);
}

std::optional<std::string> linecache_getline(const std::string& filename, int lineno) {
  Cache& c = cache();
  std::lock_guard<std::mutex> lock(c.mu);
  auto it = c.files.find(filename);
  if (it == c.files.end()) {
    if (filename.empty() || filename[0] == '<') return std::nullopt;
    // compile() lets a script name any file: show lines only of files the sandbox lets it read.
    SandboxPath allowed = sandbox_check(filename);
    if (allowed.refusal) return std::nullopt;
    std::ifstream in(allowed.os_path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
    it = c.files.emplace(filename, split_file(text)).first;
  }
  const auto& lines = it->second.lines;
  if (lineno < 1 || size_t(lineno) > lines.size()) return std::nullopt;
  return lines[size_t(lineno) - 1];
}

bool linecache_line_has_newline(const std::string& filename, int lineno) {
  Cache& c = cache();
  std::lock_guard<std::mutex> lock(c.mu);
  auto it = c.files.find(filename);
  if (it == c.files.end()) return true;
  return size_t(lineno) < it->second.lines.size() || it->second.ends_with_newline;
}

void linecache_clear() {
  Cache& c = cache();
  std::lock_guard<std::mutex> lock(c.mu);
  c.files.clear();
}

}  // namespace al
