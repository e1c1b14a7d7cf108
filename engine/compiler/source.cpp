// Source text handling shared by the tokenizer and the parser's error reporting.
#include "engine/compiler/source.h"

#include <cctype>

namespace al {

namespace {

// CPython: Parser/tokenizer.c get_normal_name.
std::string normal_encoding_name(const std::string& s) {
  std::string buf;
  for (std::size_t i = 0; i < s.size() && i < 12; ++i) {
    char c = s[i];
    buf.push_back(c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (buf == "utf-8" || buf.rfind("utf-8-", 0) == 0) return "utf-8";
  for (const char* latin : {"latin-1", "iso-8859-1", "iso-latin-1"}) {
    std::string prefix = std::string(latin) + "-";
    if (buf == latin || buf.rfind(prefix, 0) == 0) return "iso-8859-1";
  }
  return s;
}

// CPython: Parser/tokenizer.c get_coding_spec: "coding[:=] name" in a comment-only line.
// Returns whether the line holds only a comment or blanks (a later line may then declare).
bool coding_spec(std::string_view line, std::string& spec) {
  std::size_t size = line.size();
  std::size_t i = 0;
  for (; i + 6 < size; ++i) {
    if (line[i] == '#') break;
    if (line[i] != ' ' && line[i] != '\t' && line[i] != '\014') return false;
  }
  for (; i + 6 < size; ++i) {
    if (line.substr(i, 6) != "coding") continue;
    std::size_t t = i + 6;
    if (line[t] != ':' && line[t] != '=') continue;
    do {
      ++t;
    } while (t < size && (line[t] == ' ' || line[t] == '\t'));
    std::size_t begin = t;
    while (t < size && (std::isalnum(static_cast<unsigned char>(line[t])) || line[t] == '-' ||
                        line[t] == '_' || line[t] == '.')) {
      ++t;
    }
    if (begin < t) {
      spec = normal_encoding_name(std::string(line.substr(begin, t - begin)));
      return true;
    }
  }
  for (char c : line) {
    if (c == '#' || c == '\n' || c == '\r') break;
    if (c != ' ' && c != '\t' && c != '\014') return false;
  }
  return true;
}

std::string latin1_to_utf8(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (char ch : raw) {
    auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out.push_back(ch);
    } else {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

}  // namespace

Source::Source(std::string_view raw, std::string filename) : filename_(std::move(filename)) {
  if (raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF") {
    raw.remove_prefix(3);
    bom_ = true;
    encoding_declared_ = true;
  }
  // CPython: Parser/tokenizer.c check_coding_spec, on line 1 and (after a comment-only line 1)
  // line 2.
  std::string transcoded;
  std::size_t line_begin = 0;
  for (int lineno = 1; lineno <= 2 && line_begin < raw.size(); ++lineno) {
    std::size_t nl = raw.find('\n', line_begin);
    std::size_t line_end = nl == std::string_view::npos ? raw.size() : nl + 1;
    std::string spec;
    bool comment_only = coding_spec(raw.substr(line_begin, line_end - line_begin), spec);
    if (!spec.empty()) {
      std::string lower = spec;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      bool utf8 = spec == "utf-8" || lower == "utf8" || lower == "ascii" || lower == "us-ascii";
      if (bom_ && spec != "utf-8") {
        encoding_problem_ = "encoding problem: " + spec + " with BOM";
      } else if (spec == "iso-8859-1") {
        transcoded = latin1_to_utf8(raw);
      } else if (!utf8) {
        // Only UTF-8 and Latin-1 sources are supported (CPython would use the named codec).
        encoding_problem_ = "encoding problem: " + spec;
      }
      if (!encoding_problem_.empty()) encoding_problem_line_ = lineno;
      encoding_declared_ = true;
      break;
    }
    if (!comment_only) break;
    line_begin = line_end;
  }
  if (!transcoded.empty()) raw = transcoded;
  text_.reserve(raw.size() + 1);
  file_line_starts_.push_back(0);
  for (std::size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '\r') {
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
      c = '\n';
    }
    text_.push_back(c);
    if (c == '\n' && i + 1 < raw.size()) file_line_starts_.push_back(text_.size());
  }
  if (text_.empty()) file_line_starts_.clear();
  if (text_.empty() || text_.back() != '\n') {
    text_.push_back('\n');
    added_newline_ = true;
  }
}

std::string Source::file_line(int lineno) const {
  std::size_t begin = file_line_starts_[lineno - 1];
  std::size_t end = text_.find('\n', begin);
  bool last = lineno == line_count();
  if (!(last && added_newline_)) ++end;  // keep the line's own "\n"
  // CPython re-reads the line as a C string: it stops at a NUL byte.
  std::size_t nul = text_.find('\0', begin);
  if (nul != std::string::npos && nul < end) end = nul;
  std::string line = decode_replace(std::string_view(text_).substr(begin, end - begin));
  return lineno == 1 && bom_ ? "\xEF\xBB\xBF" + line : line;
}

namespace {

// Length of the valid UTF-8 sequence at s[i..], or 0 when it is invalid or truncated.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  std::size_t n;
  unsigned cp;
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) {
    n = 2;
    cp = b & 0x1F;
  } else if (b >= 0xE0 && b <= 0xEF) {
    n = 3;
    cp = b & 0x0F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    n = 4;
    cp = b & 0x07;
  } else
    return 0;
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return 0;
  if (n == 3 && cp >= 0xD800 && cp <= 0xDFFF) return 0;
  return n;
}

// Bytes covered by one U+FFFD when decoding an invalid sequence at s[i..] (CPython replaces the
// maximal valid prefix of a sequence with a single replacement character).
std::size_t invalid_run(std::string_view s, std::size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  std::size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 1;
  if (n == 1 || b > 0xF4) return 1;
  std::size_t k = 1;
  while (k < n && i + k < s.size()) {
    auto c = static_cast<unsigned char>(s[i + k]);
    unsigned lo = 0x80, hi = 0xBF;
    if (k == 1) {
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    }
    if (c < lo || c > hi) break;
    ++k;
  }
  return k;
}

}  // namespace

std::string Source::decode_replace(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size();) {
    std::size_t n = utf8_sequence_length(bytes, i);
    if (n) {
      out.append(bytes.substr(i, n));
      i += n;
    } else {
      out.append("\xEF\xBF\xBD");
      i += invalid_run(bytes, i);
    }
  }
  return out;
}

int utf8_char_count(std::string_view bytes) {
  int count = 0;
  for (std::size_t i = 0; i < bytes.size(); ++count) {
    std::size_t n = utf8_sequence_length(bytes, i);
    i += n ? n : invalid_run(bytes, i);
  }
  return count;
}

int byte_offset_to_character_offset(std::string_view line, long col_offset) {
  std::size_t len = line.find('\0');
  if (len == std::string_view::npos) len = line.size();
  if (col_offset > static_cast<long>(len) + 1) col_offset = static_cast<long>(len) + 1;
  if (col_offset <= 0) return 0;
  if (static_cast<std::size_t>(col_offset) > len) return utf8_char_count(line.substr(0, len)) + 1;
  return utf8_char_count(line.substr(0, static_cast<std::size_t>(col_offset)));
}

void throw_syntax_error(SyntaxErrorInfo info) {
  throw SyntaxErrorException(std::move(info));
}

}  // namespace al
