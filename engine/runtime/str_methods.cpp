// The methods of str (CPython: Objects/unicodeobject.c and Objects/stringlib/).
//
// Index
//   1. Helpers: argument checks, code-point/byte index conversion, whitespace
//   2. Searching: find/rfind/index/rindex/count/startswith/endswith
//   3. Splitting and joining: split/rsplit/splitlines/partition/rpartition/join
//   4. Stripping, padding, replacing: strip family, center/ljust/rjust/zfill, replace,
//      expandtabs, removeprefix/removesuffix
//   5. Case: upper/lower/casefold/title/capitalize/swapcase
//   6. Predicates: isdigit family, isidentifier, isprintable, ...
//   7. encode, translate/maketrans, format/format_map/__format__, registration
#include <algorithm>
#include <vector>

#include "engine/runtime/api.h"
#include "engine/runtime/bytes.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/list.h"
#include "engine/runtime/numeric/text.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

namespace {

// ---------------------------------------------------------------------------------------------
// 1. Helpers
// ---------------------------------------------------------------------------------------------

Str* self_str(Object* o) {
  return static_cast<Str*>(o);
}

Str* str_arg(Object* o, const char* fname, int argno = 1) {
  if (!is_instance(o, str_type)) {
    raise(exc::TypeError, std::string(fname) + "() argument " + std::to_string(argno) +
                              " must be str, not " + tname(o));
  }
  return static_cast<Str*>(o);
}

// "must be str, not int" as the search methods word it.
Str* sub_arg(Object* o) {
  if (!is_instance(o, str_type)) raise(exc::TypeError, "must be str, not " + tname(o));
  return static_cast<Str*>(o);
}

std::u32string cps(const Str* s) {
  return num::utf8_decode(s->s);
}

std::string encode(const std::u32string& u) {
  return num::utf8_encode(u);
}

Value new_str(std::string s) {
  return str_from(std::move(s));
}

// Optional start/end arguments of find-like methods, clamped as CPython's ADJUST_INDICES.
void slice_args(Args a, size_t first, int64_t len, int64_t& start, int64_t& end) {
  start = 0;
  end = len;
  auto get = [](Object* o, int64_t& out) {
    if (o == None) return;
    if (!o->type->index) {
      raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    }
    Value i = number_index(o);
    if (!int_as_int64(i.get(), out))
      out = static_cast<Int*>(i.get())->sign() < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  };
  if (a.npos > first) get(a[first], start);
  if (a.npos > first + 1) get(a[first + 1], end);
  if (end > len) {
    end = len;
  } else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
}

bool is_ws(uint32_t c) {
  return unicode_isspace(c);
}

// ---------------------------------------------------------------------------------------------
// 2. Searching
// ---------------------------------------------------------------------------------------------

// Position (code points) of sub in s[start:end], or -1.
int64_t find_impl(Str* s, Str* sub, int64_t start, int64_t end, bool reverse) {
  if (start > s->length) return -1;
  if (end - start < sub->length) return -1;
  size_t b = utf8_offset(s, start);
  size_t e = utf8_offset(s, end);
  std::string_view hay = std::string_view(s->s).substr(b, e - b);
  size_t pos = reverse ? hay.rfind(sub->s) : hay.find(sub->s);
  if (pos == std::string_view::npos) return -1;
  return start + (s->ascii ? int64_t(pos) : utf8_count(hay.substr(0, pos)));
}

Value find_common(Object* self, Args a, const char* name, bool reverse, bool raise_missing) {
  no_kwargs(a, name);
  check_positional(a, name, 1, 3);
  Str* s = self_str(self);
  Str* sub = sub_arg(a[0]);
  int64_t start, end;
  slice_args(a, 1, s->length, start, end);
  int64_t r = find_impl(s, sub, start, end, reverse);
  if (r < 0 && raise_missing) raise(exc::ValueError, "substring not found");
  return int_from(r);
}

Value m_find(Object* self, Args a) {
  return find_common(self, a, "find", false, false);
}
Value m_rfind(Object* self, Args a) {
  return find_common(self, a, "rfind", true, false);
}
Value m_index(Object* self, Args a) {
  return find_common(self, a, "index", false, true);
}
Value m_rindex(Object* self, Args a) {
  return find_common(self, a, "rindex", true, true);
}

Value m_count(Object* self, Args a) {
  no_kwargs(a, "count");
  check_positional(a, "count", 1, 3);
  Str* s = self_str(self);
  Str* sub = sub_arg(a[0]);
  int64_t start, end;
  slice_args(a, 1, s->length, start, end);
  if (start > s->length || end < start) return int_from(int64_t(0));
  if (sub->length == 0) return int_from(end - start + 1);
  size_t b = utf8_offset(s, start);
  size_t e = utf8_offset(s, end);
  std::string_view hay = std::string_view(s->s).substr(b, e - b);
  int64_t n = 0;
  for (size_t pos = hay.find(sub->s); pos != std::string_view::npos;
       pos = hay.find(sub->s, pos + sub->s.size()))
    ++n;
  return int_from(n);
}

Value starts_ends(Object* self, Args a, const char* name, bool ends) {
  no_kwargs(a, name);
  check_positional(a, name, 1, 3);
  Str* s = self_str(self);
  int64_t start, end;
  slice_args(a, 1, s->length, start, end);
  auto test = [&](Str* p) {
    if (start > s->length) return false;
    if (end - start < p->length) return false;
    size_t b = utf8_offset(s, start);
    size_t e = utf8_offset(s, end);
    std::string_view hay = std::string_view(s->s).substr(b, e - b);
    return ends ? hay.ends_with(p->s) : hay.starts_with(p->s);
  };
  if (is_instance(a[0], tuple_type)) {
    for (Object* p : static_cast<Tuple*>(a[0])->span()) {
      if (!is_instance(p, str_type)) {
        raise(exc::TypeError,
              "tuple for " + std::string(name) + " must only contain str, not " + tname(p));
      }
      if (test(static_cast<Str*>(p))) return bool_obj(true);
    }
    return bool_obj(false);
  }
  if (!is_instance(a[0], str_type)) {
    raise(exc::TypeError,
          std::string(name) + " first arg must be str or a tuple of str, not " + tname(a[0]));
  }
  return bool_obj(test(static_cast<Str*>(a[0])));
}

Value m_startswith(Object* self, Args a) {
  return starts_ends(self, a, "startswith", false);
}
Value m_endswith(Object* self, Args a) {
  return starts_ends(self, a, "endswith", true);
}

// ---------------------------------------------------------------------------------------------
// 3. Splitting and joining
// ---------------------------------------------------------------------------------------------

void parse_split_args(Args a, const char* name, Object*& sep, int64_t& maxsplit) {
  Object* argv[2];
  bind_args(a, name, {"sep", "maxsplit"}, 0, argv);
  sep = argv[0] && argv[0] != None ? argv[0] : nullptr;
  maxsplit = argv[1] ? index_as_int64(argv[1]) : -1;
  if (sep && !is_instance(sep, str_type))
    raise(exc::TypeError, "must be str or None, not " + tname(sep));
  if (sep && static_cast<Str*>(sep)->length == 0) raise(exc::ValueError, "empty separator");
  if (maxsplit < 0) maxsplit = INT64_MAX;
}

Value m_split(Object* self, Args a) {
  Object* sep;
  int64_t maxsplit;
  parse_split_args(a, "split", sep, maxsplit);
  Str* s = self_str(self);
  Ref<List> out = list_new();
  if (sep) {
    const std::string& d = static_cast<Str*>(sep)->s;
    size_t pos = 0;
    int64_t n = 0;
    while (n < maxsplit) {
      size_t f = s->s.find(d, pos);
      if (f == std::string::npos) break;
      list_append(out.get(), str_from(std::string_view(s->s).substr(pos, f - pos)).get());
      pos = f + d.size();
      ++n;
    }
    if (n == 0 && is_exactly(self, str_type)) {
      list_append(out.get(), self);
    } else {
      list_append(out.get(), str_from(std::string_view(s->s).substr(pos)).get());
    }
    return out;
  }
  std::u32string u = cps(s);
  size_t i = 0, n = u.size();
  int64_t splits = 0;
  while (true) {
    while (i < n && is_ws(u[i])) ++i;
    if (i >= n) break;
    if (splits >= maxsplit) {
      list_append(out.get(), new_str(encode(u.substr(i))).get());
      break;
    }
    size_t j = i;
    while (j < n && !is_ws(u[j])) ++j;
    list_append(out.get(), new_str(encode(u.substr(i, j - i))).get());
    ++splits;
    i = j;
  }
  return out;
}

Value m_rsplit(Object* self, Args a) {
  Object* sep;
  int64_t maxsplit;
  parse_split_args(a, "rsplit", sep, maxsplit);
  Str* s = self_str(self);
  std::vector<Value> parts;
  if (sep) {
    const std::string& d = static_cast<Str*>(sep)->s;
    size_t end = s->s.size();
    int64_t n = 0;
    while (n < maxsplit && end >= d.size()) {
      size_t f = s->s.rfind(d, end - d.size());
      if (f == std::string::npos) break;
      parts.push_back(str_from(std::string_view(s->s).substr(f + d.size(), end - f - d.size())));
      end = f;
      ++n;
    }
    parts.push_back(str_from(std::string_view(s->s).substr(0, end)));
  } else {
    std::u32string u = cps(s);
    size_t i = u.size();
    int64_t splits = 0;
    while (true) {
      while (i > 0 && is_ws(u[i - 1])) --i;
      if (i == 0) break;
      if (splits >= maxsplit) {
        parts.push_back(new_str(encode(u.substr(0, i))));
        break;
      }
      size_t j = i;
      while (j > 0 && !is_ws(u[j - 1])) --j;
      parts.push_back(new_str(encode(u.substr(j, i - j))));
      ++splits;
      i = j;
    }
  }
  std::reverse(parts.begin(), parts.end());
  return list_from_values(std::move(parts));
}

bool is_linebreak(uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e ||
         c == 0x85 || c == 0x2028 || c == 0x2029;
}

Value m_splitlines(Object* self, Args a) {
  Object* argv[1];
  bind_args(a, "splitlines", {"keepends"}, 0, argv);
  bool keep = argv[0] && truthy(argv[0]);
  std::u32string u = cps(self_str(self));
  Ref<List> out = list_new();
  size_t i = 0, n = u.size();
  while (i < n) {
    size_t j = i;
    while (j < n && !is_linebreak(u[j])) ++j;
    size_t eol = j;
    if (j < n) {
      if (u[j] == '\r' && j + 1 < n && u[j + 1] == '\n') {
        j += 2;
      } else {
        ++j;
      }
      if (keep) eol = j;
    }
    list_append(out.get(), new_str(encode(u.substr(i, eol - i))).get());
    i = j;
  }
  return out;
}

Value partition_impl(Object* self, Args a, bool reverse) {
  check_one_arg(a, reverse ? "rpartition" : "partition");
  Str* s = self_str(self);
  if (!is_instance(a[0], str_type)) raise(exc::TypeError, "must be str, not " + tname(a[0]));
  Str* sep = static_cast<Str*>(a[0]);
  if (sep->length == 0) raise(exc::ValueError, "empty separator");
  size_t f = reverse ? s->s.rfind(sep->s) : s->s.find(sep->s);
  Value empty = str_from("");
  if (f == std::string::npos) {
    if (reverse) return tuple_from({empty.get(), empty.get(), self});
    return tuple_from({self, empty.get(), empty.get()});
  }
  Value left = str_from(std::string_view(s->s).substr(0, f));
  Value right = str_from(std::string_view(s->s).substr(f + sep->s.size()));
  return tuple_from({left.get(), sep, right.get()});
}

Value m_partition(Object* self, Args a) {
  return partition_impl(self, a, false);
}
Value m_rpartition(Object* self, Args a) {
  return partition_impl(self, a, true);
}

Value m_join(Object* self, Args a) {
  check_one_arg(a, "str.join");
  Str* sep = self_str(self);
  std::vector<Value> items;
  if (is_instance(a[0], list_type)) {
    items = static_cast<List*>(a[0])->items;
  } else {
    for_each(a[0], [&](Object* o) { items.emplace_back(o); });
  }
  if (items.size() == 1 && is_exactly(items[0].get(), str_type)) return items[0];
  size_t total = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_instance(items[i].get(), str_type)) {
      raise(exc::TypeError, "sequence item " + std::to_string(i) + ": expected str instance, " +
                                tname(items[i].get()) + " found");
    }
    total += static_cast<Str*>(items[i].get())->s.size() + sep->s.size();
  }
  check_alloc(total, 1);
  std::string out;
  out.reserve(total);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep->s;
    out += static_cast<Str*>(items[i].get())->s;
  }
  return str_from(std::move(out));
}

// ---------------------------------------------------------------------------------------------
// 4. Stripping, padding, replacing
// ---------------------------------------------------------------------------------------------

Value strip_impl(Object* self, Args a, const char* name, bool left, bool right) {
  no_kwargs(a, name);
  check_positional(a, name, 0, 1);
  Str* s = self_str(self);
  std::u32string chars;
  bool ws = a.npos == 0 || a[0] == None;
  if (!ws) {
    if (!is_instance(a[0], str_type)) {
      raise(exc::TypeError, std::string(name) + " arg must be None or str");
    }
    chars = cps(static_cast<Str*>(a[0]));
  }
  auto strip_it = [&](uint32_t c) {
    return ws ? is_ws(c) : chars.find(char32_t(c)) != std::u32string::npos;
  };
  if (s->ascii) {
    size_t b = 0, e = s->s.size();
    if (left) {
      while (b < e && strip_it(static_cast<unsigned char>(s->s[b]))) ++b;
    }
    if (right) {
      while (e > b && strip_it(static_cast<unsigned char>(s->s[e - 1]))) --e;
    }
    if (b == 0 && e == s->s.size() && is_exactly(self, str_type)) return Value(self);
    return str_from(std::string_view(s->s).substr(b, e - b));
  }
  std::u32string u = cps(s);
  size_t b = 0, e = u.size();
  if (left) {
    while (b < e && strip_it(u[b])) ++b;
  }
  if (right) {
    while (e > b && strip_it(u[e - 1])) --e;
  }
  return new_str(encode(u.substr(b, e - b)));
}

Value m_strip(Object* self, Args a) {
  return strip_impl(self, a, "strip", true, true);
}
Value m_lstrip(Object* self, Args a) {
  return strip_impl(self, a, "lstrip", true, false);
}
Value m_rstrip(Object* self, Args a) {
  return strip_impl(self, a, "rstrip", false, true);
}

uint32_t fill_arg(Args a, size_t i, const char* name) {
  if (a.npos <= i) return ' ';
  if (!is_instance(a[i], str_type) || static_cast<Str*>(a[i])->length != 1) {
    if (!is_instance(a[i], str_type)) {
      raise(exc::TypeError, std::string(name) + "() argument 2 must be str, not " + tname(a[i]));
    }
    raise(exc::TypeError, "The fill character must be exactly one character long");
  }
  return str_char_at(static_cast<Str*>(a[i]), 0);
}

Value pad(Object* self, int64_t left, int64_t right, uint32_t fill) {
  Str* s = self_str(self);
  std::string f;
  utf8_append(f, fill);
  check_alloc(size_t(left + right) * f.size() + s->s.size(), 1);
  std::string out;
  for (int64_t i = 0; i < left; ++i) out += f;
  out += s->s;
  for (int64_t i = 0; i < right; ++i) out += f;
  return str_from(std::move(out));
}

Value justify(Object* self, Args a, const char* name, int mode) {
  no_kwargs(a, name);
  check_positional(a, name, 1, 2);
  int64_t width = index_as_int64(a[0]);
  uint32_t fill = fill_arg(a, 1, name);
  Str* s = self_str(self);
  if (width <= s->length) return is_exactly(self, str_type) ? Value(self) : Value(str_from(s->s));
  int64_t marg = width - s->length;
  if (mode == 0) {
    // CPython: pad_center puts the extra character on the left when width is odd.
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
  }
  return mode < 0 ? pad(self, 0, marg, fill) : pad(self, marg, 0, fill);
}

Value m_center(Object* self, Args a) {
  return justify(self, a, "center", 0);
}
Value m_ljust(Object* self, Args a) {
  return justify(self, a, "ljust", -1);
}
Value m_rjust(Object* self, Args a) {
  return justify(self, a, "rjust", 1);
}

Value m_zfill(Object* self, Args a) {
  check_one_arg(a, "zfill");
  int64_t width = index_as_int64(a[0]);
  Str* s = self_str(self);
  if (width <= s->length) return is_exactly(self, str_type) ? Value(self) : Value(str_from(s->s));
  std::string out(size_t(width - s->length), '0');
  std::string body = s->s;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    out.insert(out.begin(), body[0]);
    body.erase(0, 1);
  }
  return str_from(out + body);
}

Value m_replace(Object* self, Args a) {
  no_kwargs(a, "replace");
  check_positional(a, "replace", 2, 3);
  Str* s = self_str(self);
  Str* old = str_arg(a[0], "replace", 1);
  Str* nw = str_arg(a[1], "replace", 2);
  int64_t count = a.npos > 2 ? index_as_int64(a[2]) : -1;
  if (count < 0) count = INT64_MAX;
  std::string out;
  if (old->length == 0) {
    std::u32string u = cps(s);
    int64_t n = 0;
    for (size_t i = 0; i <= u.size(); ++i) {
      if (n < count) {
        out += nw->s;
        ++n;
      }
      if (i < u.size()) utf8_append(out, u[i]);
    }
    return str_from(std::move(out));
  }
  size_t pos = 0;
  int64_t n = 0;
  while (n < count) {
    size_t f = s->s.find(old->s, pos);
    if (f == std::string::npos) break;
    out.append(s->s, pos, f - pos);
    out += nw->s;
    pos = f + old->s.size();
    ++n;
  }
  if (n == 0 && is_exactly(self, str_type)) return Value(self);
  out.append(s->s, pos);
  return str_from(std::move(out));
}

Value m_expandtabs(Object* self, Args a) {
  Object* argv[1];
  bind_args(a, "expandtabs", {"tabsize"}, 0, argv);
  int64_t tab = argv[0] ? index_as_int64(argv[0]) : 8;
  std::u32string u = cps(self_str(self));
  std::u32string out;
  int64_t col = 0;
  for (char32_t c : u) {
    if (c == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        out.append(size_t(n), U' ');
        col += n;
      }
    } else {
      out += c;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return new_str(encode(out));
}

Value m_removeprefix(Object* self, Args a) {
  check_one_arg(a, "removeprefix");
  Str* s = self_str(self);
  Str* p = str_arg(a[0], "removeprefix");
  if (!p->s.empty() && s->s.starts_with(p->s))
    return str_from(std::string_view(s->s).substr(p->s.size()));
  return is_exactly(self, str_type) ? Value(self) : Value(str_from(s->s));
}

Value m_removesuffix(Object* self, Args a) {
  check_one_arg(a, "removesuffix");
  Str* s = self_str(self);
  Str* p = str_arg(a[0], "removesuffix");
  if (!p->s.empty() && s->s.ends_with(p->s)) {
    return str_from(std::string_view(s->s).substr(0, s->s.size() - p->s.size()));
  }
  return is_exactly(self, str_type) ? Value(self) : Value(str_from(s->s));
}

// ---------------------------------------------------------------------------------------------
// 5. Case
// ---------------------------------------------------------------------------------------------

// Full upper-case mapping: the few characters that expand are handled explicitly
// (CPython: Objects/unicodectype.c _PyUnicode_ToUpperFull).
void append_title(std::u32string& out, char32_t c) {
  if (c == 0xDF) {
    out += U"Ss";
  } else {
    out += char32_t(unicode_totitle(c));
  }
}

void append_upper(std::u32string& out, char32_t c) {
  if (c == 0xDF) {
    out += U"SS";
  } else {
    out += char32_t(unicode_toupper(c));
  }
}

bool is_cased(uint32_t c) {
  return unicode_isupper(c) || unicode_islower(c) || unicode_istitle(c);
}

Value case_map(Object* self, int mode) {
  Str* s = self_str(self);
  if (s->ascii) {
    std::string out = s->s;
    for (char& ch : out) {
      if (mode == 0) ch = char(unicode_toupper(static_cast<unsigned char>(ch)));
      if (mode == 1) ch = char(unicode_tolower(static_cast<unsigned char>(ch)));
      if (mode == 2) {
        auto c = static_cast<unsigned char>(ch);
        ch = char(unicode_isupper(c) ? unicode_tolower(c) : unicode_toupper(c));
      }
    }
    return str_from(std::move(out));
  }
  std::u32string u = cps(s), out;
  for (char32_t c : u) {
    if (mode == 0) {
      append_upper(out, c);
    } else if (mode == 1) {
      out += char32_t(unicode_tolower(c));
    } else if (unicode_isupper(c)) {
      out += char32_t(unicode_tolower(c));
    } else {
      append_upper(out, c);
    }
  }
  return new_str(encode(out));
}

Value m_upper(Object* self, Args a) {
  check_no_args(a, "upper");
  return case_map(self, 0);
}
Value m_lower(Object* self, Args a) {
  check_no_args(a, "lower");
  return case_map(self, 1);
}
Value m_swapcase(Object* self, Args a) {
  check_no_args(a, "swapcase");
  return case_map(self, 2);
}
Value m_casefold(Object* self, Args a) {
  check_no_args(a, "casefold");
  std::u32string u = cps(self_str(self)), out;
  for (char32_t c : u) {
    if (c == 0xDF) {
      out += U"ss";
    } else {
      out += char32_t(unicode_tolower(c));
    }
  }
  return new_str(encode(out));
}

Value m_title(Object* self, Args a) {
  check_no_args(a, "title");
  std::u32string u = cps(self_str(self)), out;
  bool prev_cased = false;
  for (char32_t c : u) {
    if (prev_cased) {
      out += char32_t(unicode_tolower(c));
    } else {
      append_title(out, c);
    }
    prev_cased = is_cased(c);
  }
  return new_str(encode(out));
}

Value m_capitalize(Object* self, Args a) {
  check_no_args(a, "capitalize");
  std::u32string u = cps(self_str(self)), out;
  for (size_t i = 0; i < u.size(); ++i) {
    if (i == 0) {
      append_title(out, u[i]);
    } else {
      out += char32_t(unicode_tolower(u[i]));
    }
  }
  return new_str(encode(out));
}

// ---------------------------------------------------------------------------------------------
// 6. Predicates
// ---------------------------------------------------------------------------------------------

template <bool (*P)(uint32_t)>
Value all_chars(Object* self, Args a) {
  check_no_args(a, "is");
  Str* s = self_str(self);
  if (s->length == 0) return bool_obj(false);
  for (char32_t c : cps(s)) {
    if (!P(c)) return bool_obj(false);
  }
  return bool_obj(true);
}

Value m_isascii(Object* self, Args a) {
  check_no_args(a, "isascii");
  return bool_obj(self_str(self)->ascii);
}

Value m_isupper(Object* self, Args a) {
  check_no_args(a, "isupper");
  bool cased = false;
  for (char32_t c : cps(self_str(self))) {
    if (unicode_islower(c) || unicode_istitle(c)) return bool_obj(false);
    if (unicode_isupper(c)) cased = true;
  }
  return bool_obj(cased);
}

Value m_islower(Object* self, Args a) {
  check_no_args(a, "islower");
  bool cased = false;
  for (char32_t c : cps(self_str(self))) {
    if (unicode_isupper(c) || unicode_istitle(c)) return bool_obj(false);
    if (unicode_islower(c)) cased = true;
  }
  return bool_obj(cased);
}

Value m_istitle(Object* self, Args a) {
  check_no_args(a, "istitle");
  bool cased = false, prev_cased = false;
  for (char32_t c : cps(self_str(self))) {
    if (unicode_isupper(c) || unicode_istitle(c)) {
      if (prev_cased) return bool_obj(false);
      prev_cased = cased = true;
    } else if (unicode_islower(c)) {
      if (!prev_cased) return bool_obj(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return bool_obj(cased);
}

Value m_isprintable(Object* self, Args a) {
  check_no_args(a, "isprintable");
  for (char32_t c : cps(self_str(self))) {
    if (!unicode_isprintable(c)) return bool_obj(false);
  }
  return bool_obj(true);
}

bool xid_start(uint32_t c) {
  return c == '_' || unicode_isalpha(c);
}
bool xid_continue(uint32_t c) {
  return xid_start(c) || unicode_isdecimal(c) || unicode_isdigit(c);
}

Value m_isidentifier(Object* self, Args a) {
  check_no_args(a, "isidentifier");
  std::u32string u = cps(self_str(self));
  if (u.empty() || !xid_start(u[0])) return bool_obj(false);
  for (size_t i = 1; i < u.size(); ++i) {
    if (!xid_continue(u[i])) return bool_obj(false);
  }
  return bool_obj(true);
}

// ---------------------------------------------------------------------------------------------
// 7. encode, translate, format, registration
// ---------------------------------------------------------------------------------------------

Value m_encode(Object* self, Args a) {
  Object* argv[2];
  bind_args(a, "encode", {"encoding", "errors"}, 0, argv);
  std::string enc = argv[0] ? str_arg(argv[0], "encode", 1)->s : "utf-8";
  std::string errors = argv[1] ? str_arg(argv[1], "encode", 2)->s : "strict";
  return str_encode(self_str(self), enc, errors);
}

Value m_maketrans(Object*, Args a) {
  no_kwargs(a, "maketrans");
  check_positional(a, "maketrans", 1, 3);
  Ref<Dict> d = dict_new();
  if (a.npos == 1) {
    if (!is_instance(a[0], dict_type)) {
      raise(exc::TypeError, "if you give only one argument to maketrans it must be a dict");
    }
    dict_for_each(static_cast<Dict*>(a[0]), [&](Object* k, Object* v) {
      if (is_instance(k, str_type)) {
        if (static_cast<Str*>(k)->length != 1) {
          raise(exc::ValueError, "string keys in translate table must be of length 1");
        }
        dict_set(d.get(), int_from(int64_t(str_char_at(static_cast<Str*>(k), 0))).get(), v);
      } else if (is_instance(k, int_type)) {
        dict_set(d.get(), k, v);
      } else {
        raise(exc::TypeError, "keys in translate table must be strings or integers");
      }
    });
    return d;
  }
  Str* x = str_arg(a[0], "maketrans", 1);
  Str* y = str_arg(a[1], "maketrans", 2);
  if (x->length != y->length) {
    raise(exc::ValueError, "the first two maketrans arguments must have equal length");
  }
  std::u32string ux = cps(x), uy = cps(y);
  for (size_t i = 0; i < ux.size(); ++i) {
    dict_set(d.get(), int_from(int64_t(ux[i])).get(), int_from(int64_t(uy[i])).get());
  }
  if (a.npos > 2) {
    for (char32_t c : cps(str_arg(a[2], "maketrans", 3)))
      dict_set(d.get(), int_from(int64_t(c)).get(), None);
  }
  return d;
}

Value m_translate(Object* self, Args a) {
  check_one_arg(a, "translate");
  std::u32string u = cps(self_str(self));
  std::string out;
  for (char32_t c : u) {
    Value key = int_from(int64_t(c));
    Value v;
    try {
      v = getitem(a[0], key.get());
    } catch (PyException& e) {
      if (!exception_matches(e.exc.get(), exc::LookupError)) throw;
      utf8_append(out, c);
      continue;
    }
    if (v.get() == None) continue;
    if (is_instance(v.get(), int_type)) {
      int64_t cp;
      if (!int_as_int64(v.get(), cp) || cp < 0 || cp > 0x10FFFF) {
        raise(exc::ValueError, "character mapping must be in range(0x110000)");
      }
      utf8_append(out, uint32_t(cp));
    } else if (is_instance(v.get(), str_type)) {
      out += static_cast<Str*>(v.get())->s;
    } else {
      raise(exc::TypeError, "character mapping must return integer, None or str");
    }
  }
  return str_from(std::move(out));
}

Value m_format(Object* self, Args a) {
  return str_format(self_str(self), a, nullptr);
}

Value m_format_map(Object* self, Args a) {
  check_one_arg(a, "format_map");
  return str_format(self_str(self), Args{}, a[0]);
}

Value m_dunder_format(Object* self, Args a) {
  check_one_arg(a, "__format__");
  if (!is_instance(a[0], str_type)) {
    raise(exc::TypeError, "__format__() argument must be str, not " + tname(a[0]));
  }
  return str_format_spec(self_str(self), static_cast<Str*>(a[0]));
}

Value m_getnewargs(Object* self, Args) {
  return tuple_from({str_from(self_str(self)->s).get()});
}

Value m_sizeof(Object* self, Args) {
  Str* s = self_str(self);
  return int_from(int64_t(49 + s->s.size()));
}

}  // namespace

void add_str_methods(Type* t) {
  add_method(t, "find", m_find);
  add_method(t, "rfind", m_rfind);
  add_method(t, "index", m_index);
  add_method(t, "rindex", m_rindex);
  add_method(t, "count", m_count);
  add_method(t, "startswith", m_startswith);
  add_method(t, "endswith", m_endswith);
  add_method(t, "split", m_split);
  add_method(t, "rsplit", m_rsplit);
  add_method(t, "splitlines", m_splitlines);
  add_method(t, "partition", m_partition);
  add_method(t, "rpartition", m_rpartition);
  add_method(t, "join", m_join);
  add_method(t, "strip", m_strip);
  add_method(t, "lstrip", m_lstrip);
  add_method(t, "rstrip", m_rstrip);
  add_method(t, "center", m_center);
  add_method(t, "ljust", m_ljust);
  add_method(t, "rjust", m_rjust);
  add_method(t, "zfill", m_zfill);
  add_method(t, "replace", m_replace);
  add_method(t, "expandtabs", m_expandtabs);
  add_method(t, "removeprefix", m_removeprefix);
  add_method(t, "removesuffix", m_removesuffix);
  add_method(t, "upper", m_upper);
  add_method(t, "lower", m_lower);
  add_method(t, "swapcase", m_swapcase);
  add_method(t, "casefold", m_casefold);
  add_method(t, "title", m_title);
  add_method(t, "capitalize", m_capitalize);
  add_method(t, "isdigit", all_chars<unicode_isdigit>);
  add_method(t, "isdecimal", all_chars<unicode_isdecimal>);
  add_method(t, "isnumeric", all_chars<unicode_isnumeric>);
  add_method(t, "isalpha", all_chars<unicode_isalpha>);
  add_method(t, "isalnum", all_chars<unicode_isalnum>);
  add_method(t, "isspace", all_chars<unicode_isspace>);
  add_method(t, "isascii", m_isascii);
  add_method(t, "isupper", m_isupper);
  add_method(t, "islower", m_islower);
  add_method(t, "istitle", m_istitle);
  add_method(t, "isprintable", m_isprintable);
  add_method(t, "isidentifier", m_isidentifier);
  add_method(t, "encode", m_encode);
  add_staticmethod(t, "maketrans", m_maketrans);
  add_method(t, "translate", m_translate);
  add_method(t, "format", m_format);
  add_method(t, "format_map", m_format_map);
  add_method(t, "__format__", m_dunder_format);
  add_method(t, "__getnewargs__", m_getnewargs);
  add_method(t, "__sizeof__", m_sizeof);
}

}  // namespace al
