// The native half of the `warnings` module (`_warnings`): warn() on the interpreter's warning
// machinery (engine/vm/warnings.h) and its filter list; py/warnings.py is the public module.
// CPython: Python/_warnings.c
#include <string>

#include "engine/modules/native_modules.h"
#include "engine/modules/py_signature.h"
#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/int.h"
#include "engine/runtime/module.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/warnings.h"

namespace al {
namespace {

// CPython: _warnings.c get_category — a Warning instance gives its class; None gives UserWarning.
Value warnings_warn(Object*, Args a) {
  Object* v[4];
  bind_py_args(a, {"warn", {"message", "category", "stacklevel", "source"}, 1, {}, 0, false}, v);
  Object* message = v[0];
  Type* category = exc::UserWarning;
  std::string text;
  if (is_instance(message, exc::Warning)) {
    category = message->type;
    text = str(message)->s;
  } else {
    if (v[1] && v[1] != None) {
      if (!is_instance(v[1], type_type) || !static_cast<Type*>(v[1])->is_subtype_of(exc::Warning)) {
        raise_type_error("category must be a Warning subclass, not '" + tname(v[1]) + "'");
      }
      category = static_cast<Type*>(v[1]);
    }
    text = str(message)->s;
  }
  int64_t stacklevel = v[2] ? index_as_int64(v[2]) : 1;
  warn(category, text, int(stacklevel), v[3] && v[3] != None ? v[3] : nullptr);
  return none();
}

// _simplefilter(action, category, append): the action already checked by py/warnings.py.
Value warnings_simplefilter(Object*, Args a) {
  check_positional(a, "_simplefilter", 3, 3);
  const std::string& action = static_cast<Str*>(a[0])->s;
  WarnAction act = action == "error"    ? WarnAction::Error
                   : action == "ignore" ? WarnAction::Ignore
                   : action == "always" ? WarnAction::Always
                   : action == "module" ? WarnAction::Module
                   : action == "once"   ? WarnAction::Once
                                        : WarnAction::Default;
  warnings_simplefilter(act, static_cast<Type*>(a[1]), truthy(a[2]));
  return none();
}

Value warnings_resetwarnings(Object*, Args a) {
  check_no_args(a, "_resetwarnings");
  warnings_reset();
  return none();
}

Ref<Module> make_warnings_module() {
  Ref<Module> m = module_new("_warnings");
  module_add_function(m.get(), "warn", warnings_warn);
  module_add_function(m.get(), "_simplefilter", warnings_simplefilter);
  module_add_function(m.get(), "_resetwarnings", warnings_resetwarnings);
  return m;
}

}  // namespace

void register_warnings_module() {
  register_module_factory("_warnings", make_warnings_module);
}

}  // namespace al
