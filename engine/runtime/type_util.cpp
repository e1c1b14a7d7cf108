// Builtin type creation and argument checking with CPython's messages (CPython:
// Python/getargs.c, Python/modsupport.c _PyArg_CheckPositional).
#include "engine/runtime/type_util.h"

#include <vector>

#include "engine/runtime/exceptions.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/types.h"

namespace al {

Type* new_builtin_type(const char* name, Type* base) {
  auto* t = new Type(type_type);
  t->make_immortal();
  t->name = name;
  t->qualname = name;
  t->module = "builtins";
  t->base = base;
  return t;
}

void no_kwargs(Args a, const char* fname) {
  if (a.nkw()) raise(exc::TypeError, std::string(fname) + "() takes no keyword arguments");
}

void check_positional(Args a, const char* fname, size_t min, size_t max) {
  if (a.npos < min) {
    raise(exc::TypeError, std::string(fname) + " expected " + (min == max ? "" : "at least ") +
                              std::to_string(min) + " argument" + (min == 1 ? "" : "s") + ", got " +
                              std::to_string(a.npos));
  }
  if (a.npos > max) {
    raise(exc::TypeError, std::string(fname) + " expected " + (min == max ? "" : "at most ") +
                              std::to_string(max) + " argument" + (max == 1 ? "" : "s") + ", got " +
                              std::to_string(a.npos));
  }
}

void check_one_arg(Args a, const char* fname) {
  no_kwargs(a, fname);
  if (a.npos != 1) {
    raise(exc::TypeError, std::string(fname) + "() takes exactly one argument (" +
                              std::to_string(a.npos) + " given)");
  }
}

void check_no_args(Args a, const char* fname) {
  no_kwargs(a, fname);
  if (a.npos != 0) {
    raise(exc::TypeError,
          std::string(fname) + "() takes no arguments (" + std::to_string(a.npos) + " given)");
  }
}

void bind_args(Args a, const char* fname, std::initializer_list<const char*> names, size_t required,
               Object** out, size_t posonly, size_t kwonly) {
  std::vector<const char*> nm(names);
  size_t n = nm.size();
  size_t max_pos = std::min(kwonly, n);
  for (size_t i = 0; i < n; ++i) out[i] = nullptr;
  if (a.npos > max_pos) {
    if (max_pos == 0) {
      raise(exc::TypeError, std::string(fname) + "() takes no positional arguments");
    }
    std::string s = std::string(fname) + "() takes " +
                    (required < max_pos ? "at most " : "exactly ") + std::to_string(max_pos) + " " +
                    (kwonly < n ? "positional " : "") + "argument" + (max_pos == 1 ? "" : "s") +
                    " (" + std::to_string(a.npos) + " given)";
    raise(exc::TypeError, s);
  }
  for (size_t i = 0; i < a.npos; ++i) out[i] = a[i];
  for (size_t k = 0; k < a.nkw(); ++k) {
    Str* kn = a.kw_name(k);
    size_t idx = n;
    for (size_t i = 0; i < n; ++i) {
      if (kn->s == nm[i]) idx = i;
    }
    if (idx == n || idx < posonly) {
      raise(exc::TypeError, "'" + kn->s + "' is an invalid keyword argument for " + fname + "()");
    }
    if (out[idx]) {
      raise(exc::TypeError, "argument for " + std::string(fname) + "() given by name ('" + kn->s +
                                "') and position (" + std::to_string(idx + 1) + ")");
    }
    out[idx] = a.kw_value(k);
  }
  for (size_t i = 0; i < required; ++i) {
    if (!out[i]) {
      if (i < posonly) {
        raise(exc::TypeError, std::string(fname) + "() takes at least " + std::to_string(required) +
                                  " positional argument" + (required == 1 ? "" : "s") + " (" +
                                  std::to_string(a.npos) + " given)");
      }
      raise(exc::TypeError, std::string(fname) + "() missing required argument '" + nm[i] +
                                "' (pos " + std::to_string(i + 1) + ")");
    }
  }
}

}  // namespace al
