// The builtin type objects and singletons every part of the engine names directly.
//
// Each pointer is filled by runtime_init() (idempotent; interp() calls it too). The VM-owned
// types (function, code, cell, generator, coroutine, async_generator) are declared here so the
// runtime can recognise them, but the VM creates them and stores them here at its start-up.
#pragma once

#include "engine/runtime/object.h"

namespace al {

// Creates every builtin type and singleton; safe to call more than once.
void runtime_init();

extern Type* object_type;
extern Type* type_type;
extern Type* none_type;
extern Type* notimpl_type;
extern Type* ellipsis_type;
extern Type* bool_type;
extern Type* int_type;
extern Type* float_type;
extern Type* str_type;
extern Type* bytes_type;
extern Type* bytearray_type;
extern Type* tuple_type;
extern Type* list_type;
extern Type* dict_type;
extern Type* dict_keys_type;
extern Type* dict_values_type;
extern Type* dict_items_type;
extern Type* set_type;
extern Type* frozenset_type;
extern Type* range_type;
extern Type* slice_type;
extern Type* builtin_function_type;   // builtin_function_or_method
extern Type* method_descriptor_type;  // list.append as found in list's dict
extern Type* classmethod_descriptor_type;
extern Type* wrapper_descriptor_type;  // slot wrappers: int.__add__, object.__init__
extern Type* method_wrapper_type;      // a slot wrapper bound to an instance
extern Type* getset_descriptor_type;
extern Type* method_type;  // bound method (Python or native callable + self)
extern Type* property_type;
extern Type* staticmethod_type;
extern Type* classmethod_type;
extern Type* super_type;
extern Type* module_type;
extern Type* mappingproxy_type;

// Owned by the VM (null until the VM registers them).
extern Type* function_type;
extern Type* cell_type;
extern Type* code_type;
extern Type* generator_type;
extern Type* coroutine_type;
extern Type* async_generator_type;

// Singletons (immortal).
extern Object* None;
extern Object* True_;
extern Object* False_;
extern Object* NotImplemented;
extern Object* Ellipsis;

inline Value bool_obj(bool b) {
  return Value(b ? True_ : False_);
}
inline Value none() {
  return Value(None);
}

}  // namespace al
