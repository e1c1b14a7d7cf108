// The builtins that need the VM: globals, locals, exec, eval, compile and __import__
// (CPython: Python/bltinmodule.c builtin_globals .. builtin___import__).
#include "engine/vm/builtins_vm.h"

#include "engine/runtime/api.h"
#include "engine/runtime/bytes.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/module.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/code.h"
#include "engine/vm/eval.h"
#include "engine/vm/frame.h"
#include "engine/vm/function.h"
#include "engine/vm/generator.h"
#include "engine/vm/import.h"
#include "engine/vm/run.h"
#include "engine/vm/vmstate.h"

namespace al {

namespace {

Frame* caller_frame() {
  Frame* f = vmstate().current;
  if (!f) raise(exc::SystemError, "no current frame");
  return f;
}

Value b_globals(Object*, Args a) {
  check_no_args(a, "globals");
  return Value(caller_frame()->globals);
}

Value b_locals(Object*, Args a) {
  check_no_args(a, "locals");
  return frame_locals_snapshot(caller_frame());
}

std::string source_text(Object* src, const char* fname) {
  if (is_instance(src, str_type)) return static_cast<Str*>(src)->s;
  if (is_instance(src, bytes_type)) return static_cast<Bytes*>(src)->data;
  raise(exc::TypeError, std::string(fname) + "() arg 1 must be a string, bytes or code object");
}

// The code to run for exec/eval: a code object as is, or source compiled as "<string>".
Ref<Code> code_for(Object* src, const char* fname, bool eval_mode) {
  if (src->type == code_type) return Ref<Code>(static_cast<Code*>(src));
  std::string text = source_text(src, fname);
  if (eval_mode) {
    // eval() ignores leading spaces and tabs (CPython: builtin_eval_impl strips them).
    size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    text.erase(0, i);
  }
  return compile_to_code(text, "<string>", eval_mode);
}

Value run_in(Object* src, Object* globals, Object* locals, const char* fname, bool eval_mode) {
  Frame* f = vmstate().current;
  if (globals == None) globals = nullptr;
  if (locals == None) locals = nullptr;
  Value own_locals;
  if (!globals) {
    if (!f) raise(exc::SystemError, "globals and locals cannot be NULL");
    globals = f->globals;
    if (!locals) {
      own_locals = frame_locals_snapshot(f);
      locals = own_locals.get();
    }
  } else if (!locals) {
    locals = globals;
  }
  if (!is_exactly(globals, dict_type)) {
    raise(exc::TypeError,
          std::string(fname) + "() globals must be a dict, not " + globals->type->name);
  }
  Dict* g = static_cast<Dict*>(globals);
  if (!dict_get_cstr(g, "__builtins__")) dict_set_str(g, "__builtins__", interp().builtins.get());
  Ref<Code> code = code_for(src, fname, eval_mode);
  if (code->nfree) {
    raise(exc::TypeError,
          std::string("code object passed to ") + fname + "() may not contain free variables");
  }
  return run_code(code.get(), g, locals);
}

Value b_exec(Object*, Args a) {
  Object* v[3] = {nullptr, nullptr, nullptr};
  bind_args(a, "exec", {"source", "globals", "locals"}, 1, v);
  run_in(v[0], v[1], v[2], "exec", false);
  return Value(None);
}

Value b_eval(Object*, Args a) {
  Object* v[3] = {nullptr, nullptr, nullptr};
  bind_args(a, "eval", {"source", "globals", "locals"}, 1, v, 1);
  return run_in(v[0], v[1], v[2], "eval", true);
}

Value b_compile(Object*, Args a) {
  Object* v[6] = {};
  bind_args(a, "compile", {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3,
            v);
  if (v[0]->type == code_type) return Value(v[0]);
  std::string text = source_text(v[0], "compile");
  if (!is_instance(v[1], str_type))
    raise(exc::TypeError, "compile() argument 'filename' must be str");
  if (!is_instance(v[2], str_type)) raise(exc::TypeError, "compile() argument 'mode' must be str");
  const std::string& mode = static_cast<Str*>(v[2])->s;
  if (mode != "exec" && mode != "eval" && mode != "single") {
    raise(exc::ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  return compile_to_code(text, static_cast<Str*>(v[1])->s, mode == "eval");
}

Value b_import(Object*, Args a) {
  Object* v[5] = {};
  bind_args(a, "__import__", {"name", "globals", "locals", "fromlist", "level"}, 1, v);
  if (!is_instance(v[0], str_type)) {
    raise(exc::TypeError, "__import__() argument 1 must be str, not " + v[0]->type->name);
  }
  Value level = v[4] ? Value(v[4]) : int_from(0);
  Dict* globals =
      v[1] && is_instance(v[1], dict_type) ? static_cast<Dict*>(v[1]) : caller_frame()->globals;
  return import_name(static_cast<Str*>(v[0]), v[3] ? v[3] : None, level.get(), globals);
}

// CPython: bltinmodule.c builtin_aiter / builtin_anext.
Value b_aiter(Object*, Args a) {
  check_one_arg(a, "aiter");
  Value aiter = lookup_special(a[0], intern("__aiter__"));
  if (!aiter) raise(exc::TypeError, "'" + a[0]->type->name + "' object is not an async iterable");
  Value it = call(aiter.get(), std::initializer_list<Object*>{});
  if (!it->type->lookup(intern("__anext__"))) {
    raise(exc::TypeError,
          "aiter() returned not an async iterator of type '" + it->type->name + "'");
  }
  return it;
}

Value b_anext(Object*, Args a) {
  no_kwargs(a, "anext");
  check_positional(a, "anext", 1, 2);
  Value anext = lookup_special(a[0], intern("__anext__"));
  if (!anext) raise(exc::TypeError, "'" + a[0]->type->name + "' object is not an async iterator");
  Value awaitable = call(anext.get(), std::initializer_list<Object*>{});
  if (a.npos == 1) return awaitable;
  return anext_awaitable_new(awaitable.get(), a[1]);
}

}  // namespace

void add_vm_builtins(Module* builtins) {
  module_add_function(builtins, "aiter", b_aiter);
  module_add_function(builtins, "anext", b_anext);
  module_add_function(builtins, "globals", b_globals);
  module_add_function(builtins, "locals", b_locals);
  module_add_function(builtins, "exec", b_exec);
  module_add_function(builtins, "eval", b_eval);
  module_add_function(builtins, "compile", b_compile);
  module_add_function(builtins, "__import__", b_import);
}

}  // namespace al
