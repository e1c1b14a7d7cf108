// bytes objects and the text codecs the subset needs: utf-8, ascii, latin-1
// (CPython: Objects/bytesobject.c, Objects/unicodeobject.c codecs).
//
// Index
//   1. Construction, repr, bytes-like access
//   2. Codecs: decode (utf-8, ascii, latin-1 with strict/ignore/replace) and str.encode
//   3. Slots and methods of bytes
#include "engine/runtime/bytes.h"

#include <cstdio>

#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/hash.h"
#include "engine/runtime/int.h"
#include "engine/runtime/list.h"
#include "engine/runtime/slice.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Ref<Bytes> bytes_from(std::string_view data) {
  check_alloc(data.size(), 1);
  return make<Bytes>(bytes_type, std::string(data));
}

std::string bytes_repr(std::string_view data) {
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (unsigned char c : data) {
    if (c == quote || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += char(c);
    }
  }
  out += quote;
  return out;
}

std::string bytes_like_data(Object* o) {
  if (is_instance(o, bytes_type)) return static_cast<Bytes*>(o)->data;
  raise(exc::TypeError, "a bytes-like object is required, not '" + tname(o) + "'");
}

Value int_from_bytes_literal(Object* b, int base) {
  std::string text = bytes_like_data(b);
  try {
    return int_from_string(text, base);
  } catch (PyException& e) {
    if (!exception_matches(e.exc.get(), exc::ValueError)) throw;
    raise(exc::ValueError,
          "invalid literal for int() with base " + std::to_string(base) + ": " + bytes_repr(text));
  }
}

namespace {

std::string normalize_encoding(std::string e) {
  for (char& c : e) c = char(tolower(static_cast<unsigned char>(c)));
  for (char& c : e) {
    if (c == '_' || c == ' ') c = '-';
  }
  if (e == "utf8" || e == "u8" || e == "utf") return "utf-8";
  if (e == "latin1" || e == "latin-1" || e == "iso-8859-1" || e == "iso8859-1" || e == "l1")
    return "latin-1";
  if (e == "us-ascii") return "ascii";
  return e;
}

[[noreturn]] void encode_error(const std::string& enc, Str* s, int64_t pos, const char* reason) {
  Value ename = str_from(enc);
  Value start = int_from(pos), end = int_from(pos + 1), r = str_from(reason);
  Object* args[5] = {ename.get(), s, start.get(), end.get(), r.get()};
  raise(new_exception_args(exc::UnicodeEncodeError, std::span<Object* const>(args, 5)));
}

[[noreturn]] void decode_error(const std::string& enc, std::string_view data, int64_t start,
                               int64_t end, const char* reason) {
  Value ename = str_from(enc);
  Value b = bytes_from(data), s = int_from(start), e = int_from(end), r = str_from(reason);
  Object* args[5] = {ename.get(), b.get(), s.get(), e.get(), r.get()};
  raise(new_exception_args(exc::UnicodeDecodeError, std::span<Object* const>(args, 5)));
}

// One UTF-8 sequence at `pos`: its length, or the failing range and CPython's reason
// (CPython: Objects/stringlib/codecs.h utf8_decode and the error handler's ranges).
struct Utf8Step {
  size_t length;
  const char* error;  // null when valid
};

Utf8Step utf8_step(std::string_view d, size_t pos) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(d[pos + k]); };
  unsigned char c = at(0);
  if (c < 0x80) return {1, nullptr};
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return {1, "invalid start byte"};
  }
  for (size_t k = 1; k <= need; ++k) {
    if (pos + k >= d.size()) return {k, "unexpected end of data"};
    unsigned char b = at(k);
    bool ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
    if (!ok) return {k, "invalid continuation byte"};
  }
  return {need + 1, nullptr};
}

Value decode(std::string_view data, const std::string& encoding, const std::string& errors) {
  std::string enc = normalize_encoding(encoding);
  std::string out;
  if (enc == "utf-8") {
    size_t i = 0;
    while (i < data.size()) {
      Utf8Step step = utf8_step(data, i);
      if (step.error) {
        if (errors == "ignore" || errors == "replace") {
          if (errors == "replace") out += "\xEF\xBF\xBD";
          i += step.length;
          continue;
        }
        decode_error("utf-8", data, int64_t(i), int64_t(i + step.length), step.error);
      }
      out.append(data.substr(i, step.length));
      i += step.length;
    }
  } else if (enc == "ascii") {
    for (size_t i = 0; i < data.size(); ++i) {
      auto c = static_cast<unsigned char>(data[i]);
      if (c >= 0x80) {
        if (errors == "ignore") continue;
        if (errors == "replace") {
          out += "\xEF\xBF\xBD";
          continue;
        }
        decode_error("ascii", data, int64_t(i), int64_t(i + 1), "ordinal not in range(128)");
      }
      out += char(c);
    }
  } else if (enc == "latin-1") {
    for (unsigned char c : data) utf8_append(out, c);
  } else {
    raise(exc::LookupError, "unknown encoding: " + encoding);
  }
  return str_from(std::move(out));
}

Bytes* as_bytes(Object* o) {
  return static_cast<Bytes*>(o);
}

Value bytes_repr_slot(Object* self) {
  return str_from(bytes_repr(as_bytes(self)->data));
}

int64_t bytes_hash(Object* self) {
  auto* b = as_bytes(self);
  if (b->hash_cache == -1) b->hash_cache = hash_bytes(b->data);
  return b->hash_cache;
}

Value bytes_richcompare(Object* a, Object* b, CmpOp op) {
  if (!is_instance(b, bytes_type)) return Value(NotImplemented);
  int c = as_bytes(a)->data.compare(as_bytes(b)->data);
  return bool_obj(cmp_holds(c, op));
}

Value bytes_add(Object* a, Object* b) {
  if (!is_instance(a, bytes_type) || !is_instance(b, bytes_type)) return Value(NotImplemented);
  return bytes_from(as_bytes(a)->data + as_bytes(b)->data);
}

Value bytes_mul(Object* a, Object* b) {
  Object* seq = is_instance(a, bytes_type) ? a : b;
  Object* n = seq == a ? b : a;
  if (!is_instance(seq, bytes_type) || !n->type->index) return Value(NotImplemented);
  int64_t k = index_as_int64(n);
  const std::string& d = as_bytes(seq)->data;
  if (k <= 0 || d.empty()) return bytes_from("");
  check_alloc(size_t(k), d.size());
  std::string out;
  out.reserve(size_t(k) * d.size());
  for (int64_t i = 0; i < k; ++i) out += d;
  return bytes_from(out);
}

int64_t bytes_len(Object* self) {
  return int64_t(as_bytes(self)->data.size());
}

Value bytes_getitem(Object* self, Object* key) {
  const std::string& d = as_bytes(self)->data;
  if (is_instance(key, slice_type)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(static_cast<Slice*>(key), int64_t(d.size()), start, stop, step);
    std::string out;
    for (int64_t i = 0, j = start; i < n; ++i, j += step) out += d[size_t(j)];
    return bytes_from(out);
  }
  if (!key->type->index)
    raise(exc::TypeError, "byte indices must be integers or slices, not " + tname(key));
  int64_t i = index_as_int64(key, exc::IndexError);
  if (i < 0) i += int64_t(d.size());
  if (i < 0 || i >= int64_t(d.size())) raise(exc::IndexError, "index out of range");
  return int_from(int64_t(static_cast<unsigned char>(d[size_t(i)])));
}

int bytes_contains(Object* self, Object* item) {
  const std::string& d = as_bytes(self)->data;
  if (is_instance(item, int_type)) {
    int64_t v;
    if (!int_as_int64(item, v) || v < 0 || v > 255)
      raise(exc::ValueError, "byte must be in range(0, 256)");
    return d.find(char(v)) != std::string::npos;
  }
  return d.find(bytes_like_data(item)) != std::string::npos;
}

struct BytesIter : Object {
  Ref<Bytes> b;
  size_t pos = 0;
  BytesIter(Type* t, Bytes* by) : Object(t), b(by) {}
};
Type* bytes_iterator_type;

Value bytes_iter(Object* self) {
  return make<BytesIter>(bytes_iterator_type, as_bytes(self));
}
Value bytes_iter_next(Object* self) {
  auto* it = static_cast<BytesIter*>(self);
  if (!it->b || it->pos >= it->b->data.size()) {
    it->b = nullptr;
    return nullptr;
  }
  return int_from(int64_t(static_cast<unsigned char>(it->b->data[it->pos++])));
}
Value iter_self(Object* self) {
  return Value(self);
}

Value bytes_new(Type* t, Args a) {
  Object* argv[3];
  bind_args(a, "bytes", {"source", "encoding", "errors"}, 0, argv);
  std::string data;
  if (argv[0]) {
    Object* src = argv[0];
    if (is_instance(src, str_type)) {
      if (!argv[1]) raise(exc::TypeError, "string argument without an encoding");
      Value b = str_encode(static_cast<Str*>(src), static_cast<Str*>(argv[1])->s,
                           argv[2] ? static_cast<Str*>(argv[2])->s : "strict");
      data = as_bytes(b.get())->data;
    } else if (argv[1] || argv[2]) {
      raise(exc::TypeError,
            argv[1] ? "encoding without a string argument" : "errors without a string argument");
    } else if (is_instance(src, bytes_type)) {
      if (t == bytes_type && is_exactly(src, bytes_type)) return Value(src);
      data = as_bytes(src)->data;
    } else if (is_instance(src, int_type)) {
      int64_t n = index_as_int64(src);
      if (n < 0) raise(exc::ValueError, "negative count");
      check_alloc(size_t(n), 1);
      data.assign(size_t(n), '\0');
    } else {
      if (!src->type->iter && !src->type->getitem) {
        raise(exc::TypeError, "cannot convert '" + tname(src) + "' object to bytes");
      }
      for_each(src, [&](Object* o) {
        if (!o->type->index) {
          raise(exc::TypeError, "'" + tname(o) + "' object cannot be interpreted as an integer");
        }
        int64_t v = index_as_int64(o);
        if (v < 0 || v > 255) raise(exc::ValueError, "bytes must be in range(0, 256)");
        data += char(v);
      });
    }
  }
  if (t == bytes_type) return bytes_from(data);
  return alloc_instance<Bytes>(t, std::move(data));
}

Value m_decode(Object* self, Args a) {
  Object* argv[2];
  bind_args(a, "decode", {"encoding", "errors"}, 0, argv);
  std::string enc = argv[0] ? str(argv[0])->s : "utf-8";
  std::string errors = argv[1] ? str(argv[1])->s : "strict";
  return decode(as_bytes(self)->data, enc, errors);
}

Value m_hex(Object* self, Args a) {
  no_kwargs(a, "hex");
  check_positional(a, "hex", 0, 0);
  std::string out;
  char buf[4];
  for (unsigned char c : as_bytes(self)->data) {
    std::snprintf(buf, sizeof buf, "%02x", c);
    out += buf;
  }
  return str_from(out);
}

Value m_fromhex(Object* cls, Args a) {
  check_one_arg(a, "fromhex");
  if (!is_instance(a[0], str_type))
    raise(exc::TypeError, "fromhex() argument must be str, not " + tname(a[0]));
  const std::string& s = static_cast<Str*>(a[0])->s;
  std::string out;
  size_t i = 0;
  auto hexval = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  while (i < s.size()) {
    if (s[i] == ' ') {
      ++i;
      continue;
    }
    int hi = hexval(s[i]);
    int lo = i + 1 < s.size() ? hexval(s[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      raise(exc::ValueError, "non-hexadecimal number found in fromhex() arg at position " +
                                 std::to_string(hi < 0 ? i : i + 1));
    }
    out += char(hi * 16 + lo);
    i += 2;
  }
  Value b = bytes_from(out);
  if (cls == bytes_type) return b;
  return call(cls, {b.get()});
}

Value m_join(Object* self, Args a) {
  check_one_arg(a, "join");
  std::string out;
  size_t i = 0;
  for_each(a[0], [&](Object* o) {
    if (!is_instance(o, bytes_type)) {
      raise(exc::TypeError, "sequence item " + std::to_string(i) +
                                ": expected a bytes-like object, " + tname(o) + " found");
    }
    if (i++) out += as_bytes(self)->data;
    out += as_bytes(o)->data;
  });
  return bytes_from(out);
}

Value m_startswith(Object* self, Args a) {
  check_positional(a, "startswith", 1, 1);
  return bool_obj(std::string_view(as_bytes(self)->data).starts_with(bytes_like_data(a[0])));
}

Value m_endswith(Object* self, Args a) {
  check_positional(a, "endswith", 1, 1);
  return bool_obj(std::string_view(as_bytes(self)->data).ends_with(bytes_like_data(a[0])));
}

Value m_find(Object* self, Args a) {
  check_positional(a, "find", 1, 1);
  size_t p = as_bytes(self)->data.find(bytes_like_data(a[0]));
  return int_from(p == std::string::npos ? int64_t(-1) : int64_t(p));
}

Value m_count(Object* self, Args a) {
  check_positional(a, "count", 1, 1);
  std::string sub = bytes_like_data(a[0]);
  const std::string& d = as_bytes(self)->data;
  if (sub.empty()) return int_from(int64_t(d.size() + 1));
  int64_t n = 0;
  for (size_t p = d.find(sub); p != std::string::npos; p = d.find(sub, p + sub.size())) ++n;
  return int_from(n);
}

Value m_strip(Object* self, Args a) {
  check_positional(a, "strip", 0, 1);
  const std::string& d = as_bytes(self)->data;
  std::string chars =
      a.npos && a[0] != None ? bytes_like_data(a[0]) : std::string(" \t\n\r\x0b\x0c");
  size_t b = d.find_first_not_of(chars);
  if (b == std::string::npos) return bytes_from("");
  size_t e = d.find_last_not_of(chars);
  return bytes_from(d.substr(b, e - b + 1));
}

Value m_split(Object* self, Args a) {
  Object* argv[2];
  bind_args(a, "split", {"sep", "maxsplit"}, 0, argv);
  const std::string& d = as_bytes(self)->data;
  Ref<List> out = list_new();
  int64_t maxsplit = argv[1] ? index_as_int64(argv[1]) : -1;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  if (argv[0] && argv[0] != None) {
    std::string sep = bytes_like_data(argv[0]);
    if (sep.empty()) raise(exc::ValueError, "empty separator");
    size_t pos = 0;
    int64_t n = 0;
    for (size_t f; n < maxsplit && (f = d.find(sep, pos)) != std::string::npos; ++n) {
      list_append(out.get(), bytes_from(d.substr(pos, f - pos)).get());
      pos = f + sep.size();
    }
    list_append(out.get(), bytes_from(d.substr(pos)).get());
    return out;
  }
  const char* ws = " \t\n\r\x0b\x0c";
  size_t i = d.find_first_not_of(ws);
  int64_t n = 0;
  while (i != std::string::npos) {
    if (n >= maxsplit) {
      size_t e = d.find_last_not_of(ws);
      list_append(out.get(), bytes_from(d.substr(i, e - i + 1)).get());
      break;
    }
    size_t j = d.find_first_of(ws, i);
    list_append(out.get(),
                bytes_from(d.substr(i, j == std::string::npos ? std::string::npos : j - i)).get());
    ++n;
    i = j == std::string::npos ? j : d.find_first_not_of(ws, j);
  }
  return out;
}

Value m_replace(Object* self, Args a) {
  check_positional(a, "replace", 2, 3);
  std::string old = bytes_like_data(a[0]), nw = bytes_like_data(a[1]);
  const std::string& d = as_bytes(self)->data;
  int64_t count = a.npos > 2 ? index_as_int64(a[2]) : -1;
  if (count < 0) count = INT64_MAX;
  std::string out;
  size_t pos = 0;
  int64_t n = 0;
  if (old.empty()) {
    for (size_t i = 0; i <= d.size(); ++i) {
      if (n++ < count) out += nw;
      if (i < d.size()) out += d[i];
    }
    return bytes_from(out);
  }
  for (size_t f; n < count && (f = d.find(old, pos)) != std::string::npos; ++n) {
    out.append(d, pos, f - pos);
    out += nw;
    pos = f + old.size();
  }
  out.append(d, pos);
  return bytes_from(out);
}

Value case_bytes(Object* self, bool upper) {
  std::string d = as_bytes(self)->data;
  for (char& c : d)
    c = char(upper ? toupper(static_cast<unsigned char>(c))
                   : tolower(static_cast<unsigned char>(c)));
  return bytes_from(d);
}
Value m_upper(Object* self, Args) {
  return case_bytes(self, true);
}
Value m_lower(Object* self, Args) {
  return case_bytes(self, false);
}

Value m_isdigit(Object* self, Args) {
  const std::string& d = as_bytes(self)->data;
  if (d.empty()) return bool_obj(false);
  for (char c : d) {
    if (!isdigit(static_cast<unsigned char>(c))) return bool_obj(false);
  }
  return bool_obj(true);
}

}  // namespace

Value str_encode(Str* s, const std::string& encoding, const std::string& errors) {
  std::string enc = normalize_encoding(encoding);
  if (enc == "utf-8") {
    size_t pos = 0;
    int64_t idx = 0;
    std::string out;
    while (pos < s->s.size()) {
      size_t b = pos;
      uint32_t cp = utf8_decode_at(s->s, pos);
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        if (errors == "ignore") {
          ++idx;
          continue;
        }
        if (errors == "replace") {
          out += '?';
          ++idx;
          continue;
        }
        if (errors == "surrogateescape" && cp >= 0xDC80 && cp <= 0xDCFF) {
          out += char(cp - 0xDC00);
          ++idx;
          continue;
        }
        encode_error("utf-8", s, idx, "surrogates not allowed");
      }
      out.append(s->s, b, pos - b);
      ++idx;
    }
    return bytes_from(out);
  }
  if (enc == "ascii" || enc == "latin-1") {
    uint32_t limit = enc == "ascii" ? 0x80 : 0x100;
    std::string out;
    size_t pos = 0;
    int64_t idx = 0;
    while (pos < s->s.size()) {
      uint32_t cp = utf8_decode_at(s->s, pos);
      if (cp >= limit) {
        if (errors == "ignore") {
          ++idx;
          continue;
        }
        if (errors == "replace") {
          out += '?';
          ++idx;
          continue;
        }
        if (errors == "backslashreplace" || errors == "xmlcharrefreplace") {
          char buf[16];
          if (errors == "xmlcharrefreplace") {
            std::snprintf(buf, sizeof buf, "&#%u;", cp);
          } else if (cp <= 0xff) {
            std::snprintf(buf, sizeof buf, "\\x%02x", cp);
          } else if (cp <= 0xffff) {
            std::snprintf(buf, sizeof buf, "\\u%04x", cp);
          } else {
            std::snprintf(buf, sizeof buf, "\\U%08x", cp);
          }
          out += buf;
          ++idx;
          continue;
        }
        encode_error(enc == "ascii" ? "ascii" : "latin-1", s, idx,
                     enc == "ascii" ? "ordinal not in range(128)" : "ordinal not in range(256)");
      }
      out += char(cp);
      ++idx;
    }
    return bytes_from(out);
  }
  raise(exc::LookupError, "unknown encoding: " + encoding);
}

Value str_decode_object(Type* t, Object* obj, Object* encoding, Object* errors) {
  if (!is_instance(obj, bytes_type)) {
    if (is_instance(obj, str_type)) raise(exc::TypeError, "decoding str is not supported");
    raise(exc::TypeError, "decoding to str: need a bytes-like object, " + tname(obj) + " found");
  }
  std::string enc = encoding ? str(encoding)->s : "utf-8";
  std::string err = errors ? str(errors)->s : "strict";
  Value s = decode(as_bytes(obj)->data, enc, err);
  if (t == str_type) return s;
  return str_new_of_type(t, static_cast<Str*>(s.get())->s);
}

void init_bytes_type() {
  Type* t = bytes_type;
  t->new_instance = bytes_new;
  t->repr = bytes_repr_slot;
  t->hash = bytes_hash;
  t->richcompare = bytes_richcompare;
  t->binop[int(BinOp::Add)] = bytes_add;
  t->binop[int(BinOp::Mul)] = bytes_mul;
  t->length = bytes_len;
  t->getitem = bytes_getitem;
  t->contains = bytes_contains;
  t->iter = bytes_iter;
  t->dict_offset = with_dict_offset<Bytes>();
  t->ready();
  add_method(t, "decode", m_decode);
  add_method(t, "hex", m_hex);
  add_classmethod(t, "fromhex", m_fromhex);
  add_method(t, "join", m_join);
  add_method(t, "startswith", m_startswith);
  add_method(t, "endswith", m_endswith);
  add_method(t, "find", m_find);
  add_method(t, "count", m_count);
  add_method(t, "strip", m_strip);
  add_method(t, "split", m_split);
  add_method(t, "replace", m_replace);
  add_method(t, "upper", m_upper);
  add_method(t, "lower", m_lower);
  add_method(t, "isdigit", m_isdigit);

  bytes_iterator_type = new_builtin_type("bytes_iterator", object_type);
  bytes_iterator_type->iter = iter_self;
  bytes_iterator_type->next = bytes_iter_next;
  bytes_iterator_type->allows_subclass = false;
  bytes_iterator_type->ready();
}

}  // namespace al
