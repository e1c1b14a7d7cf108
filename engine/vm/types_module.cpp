// The `types` module's names that belong to the VM (CPython: Lib/types.py): the type objects of
// functions, generators, coroutines, code, cells and tracebacks, and types.coroutine.
#include "engine/vm/types_module.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/mappingproxy.h"
#include "engine/runtime/module.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/generator.h"
#include "engine/vm/traceback.h"

namespace al {

namespace {

Value types_coroutine_fn(Object*, Args a) {
  check_one_arg(a, "coroutine");
  return types_coroutine(a[0]);
}

}  // namespace

Ref<Module> make_types_module() {
  Ref<Module> m = module_new("types");
  Module* mp = m.get();
  module_add_function(mp, "coroutine", types_coroutine_fn);
  module_add(mp, "FunctionType", function_type);
  module_add(mp, "LambdaType", function_type);
  module_add(mp, "GeneratorType", generator_type);
  module_add(mp, "CoroutineType", coroutine_type);
  module_add(mp, "AsyncGeneratorType", async_generator_type);
  module_add(mp, "CodeType", code_type);
  module_add(mp, "CellType", cell_type);
  module_add(mp, "MethodType", method_type);
  module_add(mp, "BuiltinFunctionType", builtin_function_type);
  module_add(mp, "BuiltinMethodType", builtin_function_type);
  module_add(mp, "ModuleType", module_type);
  module_add(mp, "NoneType", none_type);
  module_add(mp, "TracebackType", traceback_type);
  module_add(mp, "FrameType", frame_summary_type);
  module_add(mp, "MappingProxyType", mappingproxy_type);
  return m;
}

}  // namespace al
