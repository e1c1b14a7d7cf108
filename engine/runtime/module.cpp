// Module objects (CPython: Objects/moduleobject.c).
#include "engine/runtime/module.h"

#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/list.h"
#include "engine/runtime/names.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Module::Module(Type* t) : Object(t), dict(dict_new()) {}

Ref<Module> module_new(std::string_view name) {
  auto m = make<Module>(module_type);
  dict_set(m->dict.get(), dunder::name, str_from(name).get());
  dict_set(m->dict.get(), dunder::doc, None);
  dict_set(m->dict.get(), intern("__package__"), None);
  dict_set(m->dict.get(), intern("__loader__"), None);
  dict_set(m->dict.get(), intern("__spec__"), None);
  return m;
}

void module_add(Module* m, std::string_view name, Object* value) {
  dict_set(m->dict.get(), intern(name), value);
}

void module_add_function(Module* m, const char* name, NativeFn fn) {
  Value f = make_builtin(name, fn, m);
  module_add(m, name, f.get());
}

namespace {

Module* as_module(Object* o) {
  return static_cast<Module*>(o);
}

std::string module_name(Module* m) {
  Object* n = dict_get_str(m->dict.get(), dunder::name);
  if (n && is_instance(n, str_type)) return static_cast<Str*>(n)->s;
  return "?";
}

Value module_getattro(Object* self, Str* name) {
  if (Value v = generic_getattr(self, name, true)) return v;
  Module* m = as_module(self);
  // PEP 562: a module-level __getattr__ is consulted last.
  if (Object* hook = dict_get_str(m->dict.get(), dunder::getattr)) return call(hook, {name});
  raise_attribute_error(self, name,
                        "module '" + module_name(m) + "' has no attribute '" + name->s + "'");
}

Value module_repr(Object* self) {
  Module* m = as_module(self);
  Object* file = dict_get_cstr(m->dict.get(), "__file__");
  if (file && is_instance(file, str_type)) {
    return str_from("<module " + str_repr(module_name(m)) + " from " + repr(file)->s + ">");
  }
  return str_from("<module " + str_repr(module_name(m)) + " (built-in)>");
}

Value module_new_slot(Type* t, Args) {
  return make<Module>(t);
}

void module_init(Object* self, Args a) {
  Object* argv[2];
  bind_args(a, "module", {"name", "doc"}, 1, argv);
  if (!is_instance(argv[0], str_type)) {
    raise(exc::TypeError, "module.__init__() argument 'name' must be str, not " + tname(argv[0]));
  }
  Module* m = as_module(self);
  dict_set(m->dict.get(), dunder::name, argv[0]);
  dict_set(m->dict.get(), dunder::doc, argv[1] ? argv[1] : None);
  dict_set(m->dict.get(), intern("__package__"), None);
  dict_set(m->dict.get(), intern("__loader__"), None);
  dict_set(m->dict.get(), intern("__spec__"), None);
}

Value get_dict(Object* self) {
  return Value(as_module(self)->dict.get());
}

Value m_dir(Object* self, Args) {
  Ref<List> out = list_new();
  dict_for_each(as_module(self)->dict.get(),
                [&](Object* k, Object*) { list_append(out.get(), k); });
  return out;
}

}  // namespace

void init_module_type() {
  Type* t = module_type;
  t->new_instance = module_new_slot;
  t->init = module_init;
  t->getattro = module_getattro;
  t->repr = module_repr;
  t->has_instance_dict = true;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  t->dict_offset = uint32_t(offsetof(Module, dict));
#pragma GCC diagnostic pop
  t->ready();
  add_getset(t, "__dict__", get_dict);
  add_method(t, "__dir__", m_dir);
}

}  // namespace al
