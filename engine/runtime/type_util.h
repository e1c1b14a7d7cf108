// Helpers for defining builtin types and parsing native-call arguments (runtime-internal, also
// usable by engine/modules and engine/asyncio).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>

#include "engine/runtime/dict.h"
#include "engine/runtime/object.h"

namespace al {

// A new empty dict for an instance's __dict__, reusing one an instance released.
Ref<Dict> new_instance_dict();
// Drops an instance's reference to its __dict__; a small exact dict nothing else holds is
// emptied and kept for the next instance (instances of one class come and go together, and
// their dicts' tables would otherwise be freed and allocated again each time).
void release_instance_dict(Dict* d);

// An instance layout with a __dict__ after the base layout B (CPython: tp_dictoffset).
template <class B>
struct WithDict : B {
  Ref<Dict> inst_dict;
  using B::B;
  ~WithDict() {
    if (Dict* d = inst_dict.release()) release_instance_dict(d);
  }
};

// Byte offset of WithDict<B>::inst_dict; offsetof on a polymorphic class is supported by g++.
template <class B>
uint32_t with_dict_offset() {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  return uint32_t(offsetof(WithDict<B>, inst_dict));
#pragma GCC diagnostic pop
}

// Allocates an instance of `t` with layout B, adding the dict when the type asks for one.
template <class B, class... A>
Ref<B> alloc_instance(Type* t, A&&... args) {
  if (t->has_instance_dict && t->dict_offset == with_dict_offset<B>()) {
    return Ref<B>(new WithDict<B>(t, std::forward<A>(args)...));
  }
  return Ref<B>(new B(t, std::forward<A>(args)...));
}

// A new immortal builtin type (name as CPython shows it); ready() must be called after the
// slots are set.
Type* new_builtin_type(const char* name, Type* base);

// Invalidates cached attribute lookups; call after changing any type's dict directly.
void type_modified();
// Bumped by type_modified(): lookups cached under an older epoch are stale (the VM's attribute
// caches compare it).
extern uint64_t g_type_epoch;

// Argument checks with CPython's messages.
// "f() takes no keyword arguments"
void no_kwargs(Args a, const char* fname);
// "f expected at least 1 argument, got 0" (CPython: _PyArg_CheckPositional)
void check_positional(Args a, const char* fname, size_t min, size_t max);
// "f() takes exactly one argument (0 given)" (METH_O)
void check_one_arg(Args a, const char* fname);
// "f() takes no arguments (1 given)" (METH_NOARGS)
void check_no_args(Args a, const char* fname);
// Binds positional and keyword arguments to `names` (Argument Clinic style): out[i] is null for
// missing optional parameters. Parameters before `posonly` cannot be passed by keyword;
// parameters at or after `kwonly` cannot be passed positionally.
void bind_args(Args a, const char* fname, std::initializer_list<const char*> names, size_t required,
               Object** out, size_t posonly = 0, size_t kwonly = SIZE_MAX);

// "%.200s" style truncated type name used in many messages.
std::string tname(Object* o);

}  // namespace al
