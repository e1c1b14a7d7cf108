// VM start-up and the hooks the runtime calls (see vm.h).
#include "engine/vm/vm.h"

#include "engine/runtime/api.h"
#include "engine/runtime/builtins_module.h"
#include "engine/runtime/class_builder.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/module.h"
#include "engine/runtime/str.h"
#include "engine/runtime/super.h"
#include "engine/runtime/types.h"
#include "engine/vm/builtins_vm.h"
#include "engine/vm/code.h"
#include "engine/vm/eval.h"
#include "engine/vm/file_io.h"
#include "engine/vm/frame.h"
#include "engine/vm/function.h"
#include "engine/vm/generator.h"
#include "engine/vm/import.h"
#include "engine/vm/sys_module.h"
#include "engine/vm/traceback.h"
#include "engine/vm/traceback_module.h"
#include "engine/vm/types_module.h"
#include "engine/vm/vmstate.h"

namespace al {

namespace {

// __build_class__ runs the class body with the namespace dict as its locals (CPython:
// bltinmodule.c builtin___build_class__ -> PyEval_EvalCodeEx with locals=ns).
Value run_class_body(Object* body_fn, Dict* ns) {
  auto* fn = static_cast<Function*>(body_fn);
  Frame* f = frame_new(fn->code.get(), fn, fn->globals.get(), fn->builtins.get(), ns);
  if (fn->code->ncells || fn->code->nfree) frame_init_cells(f, fn->closure.get());
  Value result;
  eval_frame(f, result);
  return result;
}

void cell_set(Object* cell, Object* value) {
  static_cast<Cell*>(cell)->ref = Value(value);
}

// CPython: Objects/typeobject.c super_init_without_args.
void super_zero_args(Type*& cls, Object*& self) {
  Frame* f = vmstate().current;
  if (!f) raise(exc::RuntimeError, "super(): no current frame");
  Code* co = f->code;
  if (co->argcount == 0) raise(exc::RuntimeError, "super(): no arguments");
  Object* first = f->localsplus()[0];
  if (!first && co->has_cell_args) {
    const auto& cell2arg = co->unit->cell2arg;
    for (size_t i = 0; i < cell2arg.size(); ++i) {
      if (cell2arg[i] == 0) first = static_cast<Cell*>(f->cells()[i])->ref.get();
    }
  }
  if (!first) raise(exc::RuntimeError, "super(): arg[0] deleted");
  for (uint32_t i = 0; i < co->nfree; ++i) {
    if (co->freevars[i]->s != "__class__") continue;
    Object* value = static_cast<Cell*>(f->cells()[co->ncells + i])->ref.get();
    if (!value) raise(exc::RuntimeError, "super(): empty __class__ cell");
    if (!is_instance(value, type_type)) {
      raise(exc::RuntimeError, "super(): __class__ is not a type (" + value->type->name + ")");
    }
    cls = static_cast<Type*>(value);
    self = first;
    return;
  }
  raise(exc::RuntimeError, "super(): __class__ cell not found");
}

Ref<Module> builtins_factory() {
  return interp().builtins;
}

Ref<Module> future_factory() {
  Ref<Module> m = module_new("__future__");
  for (const char* name :
       {"annotations", "generator_stop", "division", "absolute_import", "print_function",
        "unicode_literals", "with_statement", "generators", "nested_scopes"}) {
    module_add(m.get(), name, True_);
  }
  return m;
}

}  // namespace

void vm_init() {
  static bool done = false;
  if (done) return;
  done = true;
  runtime_init();
  init_code_type();
  init_function_types();
  init_generator_types();
  init_traceback_types();
  g_call_python = call_python;
  g_run_class_body = run_class_body;
  g_cell_set = cell_set;
  g_super_zero_args = super_zero_args;
  Interp& in = interp();
  if (!in.builtins) in.builtins = make_builtins_module();
  add_vm_builtins(in.builtins.get());
  if (!dict_get_cstr(in.builtins->dict.get(), "open")) add_open_builtin(in.builtins.get());
  dict_set_str(in.modules.get(), "builtins", in.builtins.get());
  register_module("builtins", builtins_factory);
  register_module("sys", make_sys_module);
  register_module("__future__", future_factory);
  if (!is_module_registered("types")) register_module("types", make_types_module);
  if (!is_module_registered("traceback")) register_module("traceback", make_traceback_module);
}

}  // namespace al
