// Definitions of the builtin type pointers and runtime_init(), which builds every builtin type
// in dependency order.
#include "engine/runtime/types.h"

#include "engine/runtime/bytes.h"
#include "engine/runtime/descriptors.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/float.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/generic_alias.h"
#include "engine/runtime/int.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/iterators.h"
#include "engine/runtime/list.h"
#include "engine/runtime/mappingproxy.h"
#include "engine/runtime/method.h"
#include "engine/runtime/module.h"
#include "engine/runtime/names.h"
#include "engine/runtime/range.h"
#include "engine/runtime/set.h"
#include "engine/runtime/slice.h"
#include "engine/runtime/str.h"
#include "engine/runtime/super.h"
#include "engine/runtime/tuple.h"

namespace al {

Type* object_type;
Type* type_type;
Type* none_type;
Type* notimpl_type;
Type* ellipsis_type;
Type* bool_type;
Type* int_type;
Type* float_type;
Type* str_type;
Type* bytes_type;
Type* bytearray_type;
Type* tuple_type;
Type* list_type;
Type* dict_type;
Type* dict_keys_type;
Type* dict_values_type;
Type* dict_items_type;
Type* set_type;
Type* frozenset_type;
Type* range_type;
Type* slice_type;
Type* builtin_function_type;
Type* method_descriptor_type;
Type* classmethod_descriptor_type;
Type* wrapper_descriptor_type;
Type* method_wrapper_type;
Type* getset_descriptor_type;
Type* method_type;
Type* property_type;
Type* staticmethod_type;
Type* classmethod_type;
Type* super_type;
Type* module_type;
Type* mappingproxy_type;
Type* function_type;
Type* cell_type;
Type* code_type;
Type* generator_type;
Type* coroutine_type;
Type* async_generator_type;

Object* None;
Object* True_;
Object* False_;
Object* NotImplemented;
Object* Ellipsis;

void init_object_and_type();
void create_singletons();
void init_singletons();
void init_object_type_methods();

namespace {
Type* bare(const char* name, Type* base) {
  auto* t = new Type(type_type);
  t->make_immortal();
  t->name = name;
  t->qualname = name;
  t->module = "builtins";
  t->base = base;
  return t;
}
}  // namespace

void runtime_init() {
  static bool done = false;
  if (done) return;
  done = true;
  // The core types are created bare first: dicts and strs need their types to exist.
  type_type = new Type(nullptr);
  type_type->type = type_type;
  type_type->make_immortal();
  type_type->name = type_type->qualname = "type";
  type_type->module = "builtins";
  object_type = bare("object", nullptr);
  type_type->base = object_type;
  str_type = bare("str", object_type);
  dict_type = bare("dict", object_type);
  tuple_type = bare("tuple", object_type);
  int_type = bare("int", object_type);
  bool_type = bare("bool", int_type);
  float_type = bare("float", object_type);
  none_type = bare("NoneType", object_type);
  notimpl_type = bare("NotImplementedType", object_type);
  ellipsis_type = bare("ellipsis", object_type);
  bytes_type = bare("bytes", object_type);
  bytearray_type = bare("bytearray", object_type);
  list_type = bare("list", object_type);
  dict_keys_type = bare("dict_keys", object_type);
  dict_values_type = bare("dict_values", object_type);
  dict_items_type = bare("dict_items", object_type);
  set_type = bare("set", object_type);
  frozenset_type = bare("frozenset", object_type);
  range_type = bare("range", object_type);
  slice_type = bare("slice", object_type);
  builtin_function_type = bare("builtin_function_or_method", object_type);
  method_descriptor_type = bare("method_descriptor", object_type);
  classmethod_descriptor_type = bare("classmethod_descriptor", object_type);
  wrapper_descriptor_type = bare("wrapper_descriptor", object_type);
  method_wrapper_type = bare("method-wrapper", object_type);
  getset_descriptor_type = bare("getset_descriptor", object_type);
  method_type = bare("method", object_type);
  property_type = bare("property", object_type);
  staticmethod_type = bare("staticmethod", object_type);
  classmethod_type = bare("classmethod", object_type);
  super_type = bare("super", object_type);
  module_type = bare("module", object_type);
  mappingproxy_type = bare("mappingproxy", object_type);

  // The singletons exist before any type is ready: tuples are None-filled at creation.
  create_singletons();
  init_names();
  init_object_and_type();
  init_singletons();
  init_str_type();
  init_dict_type();
  init_tuple_type();
  init_int_type();
  init_bool_type();
  init_float_type();
  init_bytes_type();
  init_list_type();
  init_set_type();
  init_range_type();
  init_slice_type();
  init_function_builtin_types();
  init_method_type();
  init_descriptor_types();
  init_super_type();
  init_module_type();
  init_iterator_types();
  init_mappingproxy_type();
  init_generic_alias_type();
  init_exception_types();
  init_object_type_methods();
  // sys.modules is the interpreter's first object: it needs the dict type built above.
  interp().modules = dict_new();
}

}  // namespace al
