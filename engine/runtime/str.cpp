// str objects: creation, interning, UTF-8 indexing, Unicode properties and the type's slots
// (CPython: Objects/unicodeobject.c). The methods live in str_methods.cpp, formatting in
// str_format.cpp.
//
// Index
//   1. Creation and interning
//   2. UTF-8 helpers
//   3. Unicode properties (glibc's C.UTF-8 tables plus al_numeric's CPython tables)
//   4. Slots: repr, hash, compare, concat, repeat, len, getitem, contains, iter
#include "engine/runtime/str.h"

#include <locale.h>
#include <wctype.h>

#include <cstring>
#include <unordered_map>

#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/hash.h"
#include "engine/runtime/int.h"
#include "engine/runtime/numeric/text.h"
#include "engine/runtime/slice.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

// ---------------------------------------------------------------------------------------------
// 1. Creation and interning
// ---------------------------------------------------------------------------------------------

// Counts code points eight bytes at a time: every byte but a continuation byte (10xxxxxx)
// starts one.
Str::Str(Type* t, std::string text) : Object(t), s(std::move(text)) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  const char* p = s.data();
  const size_t size = s.size();
  size_t i = 0;
  uint64_t any_high = 0;
  int64_t continuations = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & kHigh) {
      any_high |= w;
      continuations += __builtin_popcountll(w & ~(w << 1) & kHigh);
    }
  }
  for (; i < size; ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    any_high |= c;
    continuations += (c & 0xC0) == 0x80;
  }
  length = int64_t(size) - continuations;
  ascii = (any_high & kHigh) == 0;
}

namespace {
Str* empty_str() {
  static Str* e = [] {
    auto* s = new Str(str_type, "");
    s->make_immortal();
    return s;
  }();
  return e;
}
}  // namespace

Ref<Str> str_from(std::string_view text) {
  if (text.empty()) return Ref<Str>(empty_str());
  if (text.size() == 1 && static_cast<unsigned char>(text[0]) < 0x80) {
    return Ref<Str>(static_cast<Str*>(str_from_cp(static_cast<unsigned char>(text[0])).get()));
  }
  check_alloc(text.size(), 1);
  return make<Str>(str_type, std::string(text));
}

Ref<Str> str_from(std::string&& text) {
  if (text.empty()) return Ref<Str>(empty_str());
  return make<Str>(str_type, std::move(text));
}

Ref<Str> str_from(const char* text) {
  return str_from(std::string_view(text));
}

Ref<Str> str_new_of_type(Type* t, std::string text) {
  if (t == str_type) return str_from(std::move(text));
  return alloc_instance<Str>(t, std::move(text));
}

namespace {
std::unordered_map<std::string_view, Str*>& intern_table() {
  static std::unordered_map<std::string_view, Str*> table;
  return table;
}
}  // namespace

Str* intern(std::string_view text) {
  auto& table = intern_table();
  auto it = table.find(text);
  if (it != table.end()) return it->second;
  auto* s = new Str(str_type, std::string(text));
  s->make_immortal();
  s->interned = true;
  table.emplace(std::string_view(s->s), s);
  return s;
}

Str* intern(Str* s) {
  if (s->interned) return s;
  if (!is_exactly(s, str_type)) return intern(std::string_view(s->s));
  auto& table = intern_table();
  auto it = table.find(s->s);
  if (it != table.end()) return it->second;
  // The object itself becomes the canonical copy (CPython: PyUnicode_InternInPlace).
  s->make_immortal();
  s->interned = true;
  table.emplace(std::string_view(s->s), s);
  return s;
}

int64_t str_hash(Str* s) {
  if (s->hash_cache == -1) s->hash_cache = hash_unicode(s->s);
  return s->hash_cache;
}

bool str_eq(const Str* a, const Str* b) {
  if (a == b) return true;
  if (a->length != b->length) return false;
  if (a->hash_cache != -1 && b->hash_cache != -1 && a->hash_cache != b->hash_cache) return false;
  return a->s == b->s;
}

// ---------------------------------------------------------------------------------------------
// 2. UTF-8 helpers
// ---------------------------------------------------------------------------------------------

uint32_t utf8_decode_at(std::string_view s, size_t& pos) {
  auto c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    ++pos;
    return c;
  }
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  uint32_t cp = n == 3 ? (c & 0x07) : n == 2 ? (c & 0x0F) : n == 1 ? (c & 0x1F) : c;
  ++pos;
  for (int i = 0; i < n && pos < s.size(); ++i, ++pos) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[pos]) & 0x3F);
  }
  return cp;
}

void utf8_append(std::string& out, uint32_t cp) {
  num::utf8_append(out, cp);
}

int64_t utf8_count(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

size_t utf8_offset(const Str* s, int64_t cp_index) {
  if (s->ascii) return size_t(cp_index);
  const std::string& b = s->s;
  size_t pos = 0;
  int64_t i = 0;
  if (s->length > Str::kIndexStep) {
    auto* mut = const_cast<Str*>(s);
    if (!mut->cp_index) {
      // Checkpoints are a cache of immutable text, so building them in a const path is safe.
      auto idx = std::make_unique<std::vector<uint32_t>>();
      size_t p = 0;
      for (int64_t k = 0; p < b.size(); ++k) {
        if (k % Str::kIndexStep == 0) idx->push_back(uint32_t(p));
        ++p;
        while (p < b.size() && (static_cast<unsigned char>(b[p]) & 0xC0) == 0x80) ++p;
      }
      mut->cp_index = std::move(idx);
    }
    size_t slot = size_t(cp_index / Str::kIndexStep);
    if (slot < mut->cp_index->size()) {
      pos = (*mut->cp_index)[slot];
      i = int64_t(slot) * Str::kIndexStep;
    }
  }
  for (; i < cp_index && pos < b.size(); ++i) {
    ++pos;
    while (pos < b.size() && (static_cast<unsigned char>(b[pos]) & 0xC0) == 0x80) ++pos;
  }
  return pos;
}

uint32_t str_char_at(const Str* s, int64_t i) {
  if (s->ascii) return static_cast<unsigned char>(s->s[size_t(i)]);
  size_t pos = utf8_offset(s, i);
  return utf8_decode_at(s->s, pos);
}

Value str_from_cp(uint32_t cp) {
  static Str* cache[256];
  if (cp < 256) {
    if (!cache[cp]) {
      std::string t;
      utf8_append(t, cp);
      cache[cp] = new Str(str_type, std::move(t));
      cache[cp]->make_immortal();
    }
    return Value(cache[cp]);
  }
  std::string t;
  utf8_append(t, cp);
  return make<Str>(str_type, std::move(t));
}

std::string str_repr(std::string_view s) {
  return num::str_repr(s);
}

// ---------------------------------------------------------------------------------------------
// 3. Unicode properties
// ---------------------------------------------------------------------------------------------

namespace {
locale_t utf8_locale() {
  static locale_t loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
  return loc;
}
}  // namespace

bool unicode_isprintable(uint32_t cp) {
  return num::is_printable(cp);
}
bool unicode_isspace(uint32_t cp) {
  return num::is_space(cp);
}
bool unicode_isalpha(uint32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return iswalpha_l(wint_t(cp), utf8_locale()) && !unicode_isdigit(cp);
}
bool unicode_isdecimal(uint32_t cp) {
  return num::decimal_value(cp) >= 0;
}
bool unicode_isdigit(uint32_t cp) {
  if (unicode_isdecimal(cp)) return true;
  // Superscripts and circled digits have a digit value but are not decimal.
  return cp == 0xB2 || cp == 0xB3 || cp == 0xB9 ||
         (cp >= 0x2070 && cp <= 0x2079 && cp != 0x2071 && cp != 0x2072 && cp != 0x2073) ||
         (cp >= 0x2080 && cp <= 0x2089) || (cp >= 0x2460 && cp <= 0x2468) ||
         (cp >= 0x2474 && cp <= 0x247C) || (cp >= 0x2488 && cp <= 0x2490) || cp == 0x24EA ||
         (cp >= 0x24F5 && cp <= 0x24FD) || cp == 0x24FF || (cp >= 0x2776 && cp <= 0x277E) ||
         (cp >= 0x2780 && cp <= 0x2788) || (cp >= 0x278A && cp <= 0x2792);
}
bool unicode_isnumeric(uint32_t cp) {
  if (unicode_isdigit(cp)) return true;
  return (cp >= 0xBC && cp <= 0xBE) || (cp >= 0x2150 && cp <= 0x2189) ||
         (cp >= 0x2469 && cp <= 0x2473) || (cp >= 0x247D && cp <= 0x2487) ||
         (cp >= 0x2491 && cp <= 0x249B) || cp == 0x3007 || (cp >= 0x3021 && cp <= 0x3029) ||
         cp == 0x4E00 || cp == 0x4E8C || cp == 0x4E09 || cp == 0x56DB || cp == 0x4E94 ||
         cp == 0x516D || cp == 0x4E03 || cp == 0x516B || cp == 0x4E5D || cp == 0x5341 ||
         cp == 0x767E || cp == 0x5343 || cp == 0x4E07 || cp == 0x5104 || cp == 0x96F6;
}
bool unicode_isalnum(uint32_t cp) {
  return unicode_isalpha(cp) || unicode_isdecimal(cp) || unicode_isdigit(cp) ||
         unicode_isnumeric(cp);
}
bool unicode_isupper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return iswupper_l(wint_t(cp), utf8_locale());
}
bool unicode_islower(uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return iswlower_l(wint_t(cp), utf8_locale());
}
bool unicode_istitle(uint32_t cp) {
  return cp == 0x1C5 || cp == 0x1C8 || cp == 0x1CB || cp == 0x1F2 ||
         (cp >= 0x1F88 && cp <= 0x1F8F) || (cp >= 0x1F98 && cp <= 0x1F9F) ||
         (cp >= 0x1FA8 && cp <= 0x1FAF) || cp == 0x1FBC || cp == 0x1FCC || cp == 0x1FFC;
}
uint32_t unicode_toupper(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
  return uint32_t(towupper_l(wint_t(cp), utf8_locale()));
}
uint32_t unicode_tolower(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  return uint32_t(towlower_l(wint_t(cp), utf8_locale()));
}
// Title case differs from upper case only for the Latin digraphs DŽ, LJ, NJ and DZ.
uint32_t unicode_totitle(uint32_t cp) {
  if (cp >= 0x1C4 && cp <= 0x1CC) return 0x1C5 + 3 * ((cp - 0x1C4) / 3);
  if (cp >= 0x1F1 && cp <= 0x1F3) return 0x1F2;
  return unicode_toupper(cp);
}

int unicode_decimal_value(uint32_t cp) {
  return num::decimal_value(cp);
}

// ---------------------------------------------------------------------------------------------
// 4. Slots
// ---------------------------------------------------------------------------------------------

namespace {

Str* as_str(Object* o) {
  return static_cast<Str*>(o);
}

Value str_repr_slot(Object* self) {
  return str_from(num::str_repr(as_str(self)->s));
}

Value str_str_slot(Object* self) {
  if (is_exactly(self, str_type)) return Value(self);
  return str_from(as_str(self)->s);
}

int64_t str_hash_slot(Object* self) {
  return str_hash(as_str(self));
}

Value str_richcompare(Object* a, Object* b, CmpOp op) {
  if (!is_instance(b, str_type)) return Value(NotImplemented);
  const Str* x = as_str(a);
  const Str* y = as_str(b);
  if (op == CmpOp::Eq) return bool_obj(str_eq(x, y));
  if (op == CmpOp::Ne) return bool_obj(!str_eq(x, y));
  int c = x->s.compare(y->s);
  return bool_obj(cmp_holds(c, op));
}

Value str_add(Object* a, Object* b) {
  if (!is_instance(a, str_type) || !is_instance(b, str_type)) return Value(NotImplemented);
  const std::string& x = as_str(a)->s;
  const std::string& y = as_str(b)->s;
  if (y.empty() && is_exactly(a, str_type)) return Value(a);
  if (x.empty() && is_exactly(b, str_type)) return Value(b);
  check_alloc(x.size() + y.size(), 1);
  std::string r;
  r.reserve(x.size() + y.size());
  r += x;
  r += y;
  return str_from(std::move(r));
}

Value str_repeat(Str* s, Object* count) {
  int64_t n = index_as_int64(count);
  if (n <= 0 || s->s.empty()) return str_from("");
  if (n == 1 && is_exactly(s, str_type)) return Value(s);
  if (uint64_t(n) > uint64_t(INT64_MAX) / s->s.size()) {
    raise(exc::OverflowError, "repeated string is too long");
  }
  check_alloc(size_t(n) * s->s.size(), 1);
  std::string r;
  try {
    r.reserve(size_t(n) * s->s.size());
  } catch (std::bad_alloc&) {
    raise_memory_error();
  }
  for (int64_t i = 0; i < n; ++i) r += s->s;
  return str_from(std::move(r));
}

Value str_mul(Object* a, Object* b) {
  if (is_instance(a, str_type) && b->type->index) return str_repeat(as_str(a), b);
  if (is_instance(b, str_type) && a->type->index) return str_repeat(as_str(b), a);
  return Value(NotImplemented);
}

Value str_mod(Object* a, Object* b) {
  if (!is_instance(a, str_type)) return Value(NotImplemented);
  return str_percent_format(as_str(a), b);
}

int64_t str_len(Object* self) {
  return as_str(self)->length;
}

Value str_getitem(Object* self, Object* key) {
  Str* s = as_str(self);
  if (is_instance(key, slice_type)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(static_cast<Slice*>(key), s->length, start, stop, step);
    if (n <= 0) return str_from("");
    if (step == 1) {
      if (n == s->length && is_exactly(s, str_type)) return Value(s);
      size_t b = utf8_offset(s, start);
      size_t e = size_t(stop);
      if (!s->ascii) {
        e = b;
        for (int64_t i = 0; i < n; ++i) {
          ++e;
          while (e < s->s.size() && (static_cast<unsigned char>(s->s[e]) & 0xC0) == 0x80) ++e;
        }
      }
      return str_from(std::string_view(s->s).substr(b, e - b));
    }
    std::string r;
    if (s->ascii) {
      for (int64_t i = 0, j = start; i < n; ++i, j += step) r += s->s[size_t(j)];
    } else {
      std::u32string cps = num::utf8_decode(s->s);
      for (int64_t i = 0, j = start; i < n; ++i, j += step) utf8_append(r, cps[size_t(j)]);
    }
    return str_from(std::move(r));
  }
  if (!key->type->index) {
    raise(exc::TypeError, "string indices must be integers, not '" + tname(key) + "'");
  }
  int64_t i = index_as_int64(key, exc::IndexError);
  if (i < 0) i += s->length;
  if (i < 0 || i >= s->length) raise(exc::IndexError, "string index out of range");
  return str_from_cp(str_char_at(s, i));
}

int str_contains(Object* self, Object* item) {
  if (!is_instance(item, str_type)) {
    raise(exc::TypeError, "'in <string>' requires string as left operand, not " + tname(item));
  }
  return as_str(self)->s.find(as_str(item)->s) != std::string::npos;
}

// Iterates code points by byte position (CPython: unicodeiter).
struct StrIter : Object {
  Ref<Str> s;
  size_t pos = 0;
  StrIter(Type* t, Str* str) : Object(t), s(str) {}
};

Type* str_iterator_type;

Value str_iter(Object* self) {
  return make<StrIter>(str_iterator_type, as_str(self));
}

Value str_iter_next(Object* self) {
  auto* it = static_cast<StrIter*>(self);
  if (!it->s || it->pos >= it->s->s.size()) {
    it->s = nullptr;
    return nullptr;
  }
  return str_from_cp(utf8_decode_at(it->s->s, it->pos));
}

Value iter_self(Object* self) {
  return Value(self);
}

Value str_new(Type* t, Args a) {
  Object* argv[3];
  bind_args(a, "str", {"object", "encoding", "errors"}, 0, argv);
  if (!argv[0]) return str_new_of_type(t, "");
  if (argv[1] || argv[2]) return str_decode_object(t, argv[0], argv[1], argv[2]);
  Ref<Str> s = str(argv[0]);
  if (t == str_type) return s;
  return str_new_of_type(t, s->s);
}

}  // namespace

void init_str_type() {
  Type* t = str_type;
  t->new_instance = str_new;
  t->repr = str_repr_slot;
  t->str = str_str_slot;
  t->hash = str_hash_slot;
  t->richcompare = str_richcompare;
  t->binop[int(BinOp::Add)] = str_add;
  t->binop[int(BinOp::Mul)] = str_mul;
  t->binop[int(BinOp::Mod)] = str_mod;
  t->length = str_len;
  t->getitem = str_getitem;
  t->contains = str_contains;
  t->iter = str_iter;
  t->dict_offset = with_dict_offset<Str>();
  t->ready();
  add_str_methods(t);

  str_iterator_type = new_builtin_type("str_ascii_iterator", object_type);
  str_iterator_type->iter = iter_self;
  str_iterator_type->next = str_iter_next;
  str_iterator_type->ready();
}

}  // namespace al
