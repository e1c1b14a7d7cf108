#include "engine/loop/callback_format.h"

#include <algorithm>
#include <vector>

#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/list.h"
#include "engine/runtime/names.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/types.h"
#include "engine/vm/code.h"
#include "engine/vm/function.h"

namespace al {

namespace {

constexpr int kMaxLevel = 6;
constexpr int64_t kMaxString = 30;
constexpr int64_t kMaxOther = 30;
constexpr int64_t kMaxLong = 40;
constexpr size_t kMaxIter = 6;
constexpr size_t kMaxDict = 4;

// The first n code points of s.
std::string cp_prefix(const Str* s, int64_t n) {
  if (n >= s->length) return s->s;
  return s->s.substr(0, utf8_offset(s, n));
}

std::string cp_suffix(const Str* s, int64_t n) {
  if (n <= 0) return "";
  if (n >= s->length) return s->s;
  return s->s.substr(utf8_offset(s, s->length - n));
}

// CPython: reprlib.Repr: s[:i] + '...' + s[len(s)-j:] on code points.
std::string truncate_middle(const std::string& text, int64_t limit) {
  Ref<Str> s = str_from(text);
  if (s->length <= limit) return text;
  const int64_t i = std::max<int64_t>(0, (limit - 3) / 2);
  const int64_t j = std::max<int64_t>(0, limit - 3 - i);
  return cp_prefix(s.get(), i) + "..." + cp_suffix(s.get(), j);
}

std::string repr1(Object* o, int level);

std::string repr_items(const std::vector<Object*>& items, int level, const char* left,
                       const char* right, const char* trail) {
  if (level <= 0) return std::string(left) + "..." + right;
  std::string s;
  for (size_t i = 0; i < items.size() && i < kMaxIter; ++i) {
    if (i) s += ", ";
    s += repr1(items[i], level - 1);
  }
  if (items.size() > kMaxIter) s += ", ...";
  if (items.size() == 1 && trail) return std::string(left) + s + trail + right;
  return std::string(left) + s + right;
}

std::string repr1(Object* o, int level) {
  if (is_exactly(o, str_type)) {
    auto* s = static_cast<Str*>(o);
    std::string r = str_repr(cp_prefix(s, kMaxString));
    Ref<Str> rs = str_from(r);
    if (rs->length > kMaxString) {
      const int64_t i = std::max<int64_t>(0, (kMaxString - 3) / 2);
      const int64_t j = std::max<int64_t>(0, kMaxString - 3 - i);
      std::string shortened = cp_prefix(s, i) + cp_suffix(s, j);
      Ref<Str> sr = str_from(str_repr(shortened));
      r = cp_prefix(sr.get(), i) + "..." + cp_suffix(sr.get(), j);
    }
    return r;
  }
  if (is_exactly(o, int_type)) return truncate_middle(repr(o)->s, kMaxLong);
  if (is_exactly(o, tuple_type)) {
    auto* t = static_cast<Tuple*>(o);
    return repr_items(std::vector<Object*>(t->items, t->items + t->size), level, "(", ")", ",");
  }
  if (is_exactly(o, list_type)) {
    std::vector<Object*> items;
    for (const Value& v : static_cast<List*>(o)->items) items.push_back(v.get());
    return repr_items(items, level, "[", "]", nullptr);
  }
  if (is_exactly(o, dict_type)) {
    auto* d = static_cast<Dict*>(o);
    if (dict_size(d) == 0) return "{}";
    if (level <= 0) return "{...}";
    std::vector<Value> keys;
    dict_for_each(d, [&](Object* k, Object*) { keys.emplace_back(k); });
    try {
      Ref<List> sorted = list_from_values(keys);
      list_sort(sorted.get(), nullptr, false);
      keys = sorted->items;
    } catch (PyException&) {
    }
    std::string s;
    for (size_t i = 0; i < keys.size() && i < kMaxDict; ++i) {
      if (i) s += ", ";
      s += repr1(keys[i].get(), level - 1) + ": " + repr1(dict_get(d, keys[i].get()), level - 1);
    }
    if (keys.size() > kMaxDict) s += ", ...";
    return "{" + s + "}";
  }
  return truncate_middle(repr(o)->s, kMaxOther);
}

// functools.partial is recognised by shape (its module writes the type): func, args, keywords.
bool is_partial(Object* o) {
  return o->type->name == "partial" || o->type->name == "functools.partial";
}

std::string format_args(std::span<Object* const> args, Object* kwargs) {
  std::string s = "(";
  bool first = true;
  for (Object* a : args) {
    if (!first) s += ", ";
    first = false;
    s += reprlib_repr(a);
  }
  if (kwargs && is_instance(kwargs, dict_type)) {
    dict_for_each(static_cast<Dict*>(kwargs), [&](Object* k, Object* v) {
      if (!first) s += ", ";
      first = false;
      s += str(k)->s + "=" + reprlib_repr(v);
    });
  }
  return s + ")";
}

std::string format_callback_impl(Object* func, std::span<Object* const> args, Object* kwargs,
                                 const std::string& suffix) {
  if (is_partial(func)) {
    Value inner = getattr(func, "func");
    Value pargs = getattr(func, "args");
    Value pkw = getattr(func, "keywords");
    std::vector<Object*> inner_args;
    if (is_instance(pargs.get(), tuple_type)) {
      auto* t = static_cast<Tuple*>(pargs.get());
      inner_args.assign(t->items, t->items + t->size);
    }
    return format_callback_impl(inner.get(), inner_args, pkw.get(),
                                format_args(args, kwargs) + suffix);
  }
  std::string name;
  Value q = getattr_opt(func, dunder::qualname);
  if (q && is_instance(q.get(), str_type) && !static_cast<Str*>(q.get())->s.empty()) {
    name = static_cast<Str*>(q.get())->s;
  } else {
    Value n = getattr_opt(func, dunder::name);
    if (n && is_instance(n.get(), str_type) && !static_cast<Str*>(n.get())->s.empty()) {
      name = static_cast<Str*>(n.get())->s;
    } else {
      name = repr(func)->s;
    }
  }
  return name + format_args(args, kwargs) + suffix;
}

}  // namespace

std::string reprlib_repr(Object* o) {
  return repr1(o, kMaxLevel);
}

std::string format_callback(Object* func, std::span<Object* const> args) {
  return format_callback_impl(func, args, nullptr, "");
}

std::string function_source(Object* func) {
  // CPython: inspect.unwrap follows __wrapped__.
  Value f(func);
  for (int guard = 0; guard < 100; ++guard) {
    Value w = getattr_opt(f.get(), dunder::wrapped);
    if (!w) break;
    f = w;
  }
  if (f->type == function_type) {
    Code* code = static_cast<Function*>(f.get())->code.get();
    return code->filename->s + ":" + std::to_string(code->unit->firstlineno);
  }
  if (is_partial(f.get())) {
    Value inner = getattr(f.get(), "func");
    return function_source(inner.get());
  }
  return "";
}

std::string format_callback_source(Object* func, std::span<Object* const> args) {
  std::string s = format_callback(func, args);
  std::string src = function_source(func);
  if (!src.empty()) s += " at " + src;
  return s;
}

}  // namespace al
