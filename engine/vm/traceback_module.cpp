// The `traceback` module's printing functions (CPython: Lib/traceback.py): print_exc,
// format_exc, print_exception, format_exception, format_exception_only, print_tb, format_tb,
// over the VM's formatter in TracebackStyle::Module. The format_* functions that return lists
// return one string per line (joining them gives CPython's text).
#include "engine/vm/traceback_module.h"

#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/list.h"
#include "engine/runtime/module.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/traceback.h"
#include "engine/vm/vmstate.h"

namespace al {

namespace {

constexpr TracebackStyle kStyle = TracebackStyle::Module;

void write_to(Object* file, const std::string& text) {
  if (file && file != None) {
    Value s = str_from(text);
    call_method(file, "write", {s.get()});
    return;
  }
  Interp& in = interp();
  if (in.sys) {
    if (Object* err = dict_get_cstr(in.sys->dict.get(), "stderr")) {
      Value s = str_from(text);
      call_method(err, "write", {s.get()});
      return;
    }
  }
  if (in.err) in.err(text);
}

Value lines_of(const std::string& text) {
  Ref<List> l = list_new();
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string::npos ? text.size() : nl + 1;
    list_append(l.get(), str_from(text.substr(pos, end - pos)).get());
    pos = end;
  }
  return l;
}

// The exception an (exc, value, tb) argument list designates (3.10+ accepts the exception
// alone).
Object* exception_arg(Object* exc, Object* value) {
  if (value && value != None && as_exception(value)) return value;
  return exc;
}

std::string format_any(Object* exc, bool chain) {
  if (exc == None) return "NoneType: None\n";
  if (!as_exception(exc)) return format_exception_only(exc, kStyle);
  if (chain) return format_exception(exc, kStyle);
  BaseExceptionObject* e = as_exception(exc);
  // Formatting without the chain: hide cause and context for the duration of the call.
  Value cause = e->cause;
  Value context = e->context;
  e->cause = nullptr;
  e->context = nullptr;
  std::string text = format_exception(exc, kStyle);
  e->cause = cause;
  e->context = context;
  return text;
}

bool chain_arg(Object* v) {
  return !v || truthy(v);
}

Value tb_print_exc(Object*, Args a) {
  Object* v[3] = {};
  bind_args(a, "print_exc", {"limit", "file", "chain"}, 0, v);
  Object* exc = current_handled_exception();
  write_to(v[1], format_any(exc ? exc : None, chain_arg(v[2])));
  return Value(None);
}

Value tb_format_exc(Object*, Args a) {
  Object* v[2] = {};
  bind_args(a, "format_exc", {"limit", "chain"}, 0, v);
  Object* exc = current_handled_exception();
  return str_from(format_any(exc ? exc : None, chain_arg(v[1])));
}

Value tb_print_exception(Object*, Args a) {
  Object* v[6] = {};
  bind_args(a, "print_exception", {"exc", "value", "tb", "limit", "file", "chain"}, 1, v, 1);
  write_to(v[4], format_any(exception_arg(v[0], v[1]), chain_arg(v[5])));
  return Value(None);
}

Value tb_format_exception(Object*, Args a) {
  Object* v[5] = {};
  bind_args(a, "format_exception", {"exc", "value", "tb", "limit", "chain"}, 1, v, 1);
  return lines_of(format_any(exception_arg(v[0], v[1]), chain_arg(v[4])));
}

Value tb_format_exception_only(Object*, Args a) {
  Object* v[2] = {};
  bind_args(a, "format_exception_only", {"exc", "value"}, 1, v, 1);
  Object* exc = exception_arg(v[0], v[1]);
  if (exc == None) return lines_of("NoneType: None\n");
  return lines_of(format_exception_only(exc, kStyle));
}

Value tb_print_tb(Object*, Args a) {
  Object* v[3] = {};
  bind_args(a, "print_tb", {"tb", "limit", "file"}, 1, v);
  write_to(v[2], format_tb(v[0], kStyle));
  return Value(None);
}

Value tb_format_tb(Object*, Args a) {
  Object* v[2] = {};
  bind_args(a, "format_tb", {"tb", "limit"}, 1, v);
  return lines_of(format_tb(v[0], kStyle));
}

}  // namespace

Ref<Module> make_traceback_module() {
  Ref<Module> m = module_new("traceback");
  Module* mp = m.get();
  module_add_function(mp, "print_exc", tb_print_exc);
  module_add_function(mp, "format_exc", tb_format_exc);
  module_add_function(mp, "print_exception", tb_print_exception);
  module_add_function(mp, "format_exception", tb_format_exception);
  module_add_function(mp, "format_exception_only", tb_format_exception_only);
  module_add_function(mp, "print_tb", tb_print_tb);
  module_add_function(mp, "format_tb", tb_format_tb);
  return m;
}

}  // namespace al
