// Warnings with CPython's default filters and once-per-location registry (CPython:
// Python/_warnings.c warn_explicit, Lib/warnings.py _formatwarnmsg_impl).
#include "engine/vm/warnings.h"

#include <set>
#include <tuple>
#include <vector>

#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/names.h"
#include "engine/runtime/str.h"
#include "engine/runtime/types.h"
#include "engine/vm/frame.h"
#include "engine/vm/linecache.h"
#include "engine/vm/vmstate.h"

namespace al {

namespace {

struct Filter {
  WarnAction action;
  Type* category;
};

struct WarningsState {
  std::vector<Filter> filters;  // user filters, highest priority first
  std::set<std::tuple<std::string, std::string, std::string, int>> registry;
};

WarningsState& state() {
  static thread_local WarningsState s;
  return s;
}

// CPython's default filter list (Lib/warnings.py), after the user's.
WarnAction default_action(Type* category, const std::string& module) {
  if (category->is_subtype_of(exc::DeprecationWarning)) {
    return module == "__main__" ? WarnAction::Default : WarnAction::Ignore;
  }
  if (category->is_subtype_of(exc::PendingDeprecationWarning) ||
      category->is_subtype_of(exc::ImportWarning) ||
      category->is_subtype_of(exc::ResourceWarning)) {
    return WarnAction::Ignore;
  }
  return WarnAction::Default;
}

std::string strip(const std::string& s) {
  const char* ws = " \t\n\r\f\v";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(ws);
  return s.substr(b, e - b + 1);
}

}  // namespace

void warn(Type* category, const std::string& message, int stacklevel, Object* source) {
  Frame* f = vmstate().current;
  for (int i = 1; i < stacklevel && f; ++i) f = f->back;
  std::string filename = "sys";
  std::string module = "sys";
  int lineno = 1;
  if (f) {
    filename = f->code->filename->s;
    lineno = f->lineno();
    if (Object* name = dict_get_str(f->globals, dunder::name)) {
      if (is_instance(name, str_type)) module = static_cast<Str*>(name)->s;
    }
  }

  WarningsState& st = state();
  WarnAction action = default_action(category, module);
  for (const Filter& flt : st.filters) {
    if (category->is_subtype_of(flt.category)) {
      action = flt.action;
      break;
    }
  }
  switch (action) {
    case WarnAction::Ignore:
      return;
    case WarnAction::Error:
      raise(category, message);
    case WarnAction::Always:
      break;
    case WarnAction::Default:
      if (!st.registry.emplace(module, message, category->name, lineno).second) return;
      break;
    case WarnAction::Module:
      if (!st.registry.emplace(module, message, category->name, 0).second) return;
      break;
    case WarnAction::Once:
      if (!st.registry.emplace("", message, category->name, 0).second) return;
      break;
  }

  std::string text =
      filename + ":" + std::to_string(lineno) + ": " + category->name + ": " + message + "\n";
  if (auto line = linecache_getline(filename, lineno)) {
    std::string s = strip(*line);
    if (!s.empty()) text += "  " + s + "\n";
  }
  // Without a running Python frame the interpreter is tearing down (__main__ has returned):
  // CPython cannot import tracemalloc then and prints no hint.
  if (source && f && !vmstate().finalizing) {
    text += category->name + ": Enable tracemalloc to get the object allocation traceback\n";
  }
  Interp& in = interp();
  if (in.err) in.err(text);
}

void warnings_simplefilter(WarnAction action, Type* category, bool append) {
  WarningsState& st = state();
  Filter flt{action, category};
  if (append) {
    st.filters.push_back(flt);
  } else {
    st.filters.insert(st.filters.begin(), flt);
  }
}

void warnings_reset() {
  WarningsState& st = state();
  st.filters.clear();
  st.registry.clear();
}

}  // namespace al
