// types.GenericAlias (CPython: Objects/genericaliasobject.c).
#include "engine/runtime/generic_alias.h"

#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/hash.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Type* generic_alias_type;

Value generic_alias_new(Object* origin, Object* args) {
  auto g = make<GenericAlias>(generic_alias_type);
  g->origin = Value(origin);
  g->args =
      is_exactly(args, tuple_type) ? Ref<Tuple>(static_cast<Tuple*>(args)) : tuple_from({args});
  return g;
}

namespace {

GenericAlias* as_alias(Object* o) {
  return static_cast<GenericAlias*>(o);
}

// CPython: ga_repr_item — types print as module.qualname, Ellipsis as "...".
std::string repr_item(Object* o) {
  if (o == Ellipsis) return "...";
  if (is_exactly(o, generic_alias_type)) return repr(o)->s;
  if (is_instance(o, type_type)) {
    auto* t = static_cast<Type*>(o);
    std::string module = t->is_heap ? str(getattr(o, "__module__").get())->s : t->module;
    if (module == "builtins") return t->qualname;
    return module + "." + t->qualname;
  }
  return repr(o)->s;
}

Value alias_repr(Object* self) {
  GenericAlias* g = as_alias(self);
  std::string out = repr_item(g->origin.get()) + "[";
  if (g->args->size == 0) out += "()";
  for (size_t i = 0; i < g->args->size; ++i) {
    if (i) out += ", ";
    out += repr_item(g->args->items[i]);
  }
  return str_from(out + "]");
}

Value alias_call(Object* self, Args a) {
  return call(as_alias(self)->origin.get(), a);
}

Value alias_getattro(Object* self, Str* name) {
  if (Value v = generic_getattr(self, name, true)) return v;
  // Other attributes come from the origin class (CPython: ga_getattro).
  return getattr(as_alias(self)->origin.get(), name);
}

Value alias_richcompare(Object* a, Object* b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_exactly(b, generic_alias_type))
    return Value(NotImplemented);
  bool same = eq(as_alias(a)->origin.get(), as_alias(b)->origin.get()) &&
              eq(as_alias(a)->args.get(), as_alias(b)->args.get());
  return bool_obj(op == CmpOp::Eq ? same : !same);
}

int64_t alias_hash(Object* self) {
  return hash(as_alias(self)->origin.get()) ^ hash(as_alias(self)->args.get());
}

Value alias_getitem(Object* self, Object*) {
  Value text = alias_repr(self);
  raise(exc::TypeError, static_cast<Str*>(text.get())->s + " is not a generic class");
}

Value get_origin(Object* self) {
  return as_alias(self)->origin;
}
Value get_args(Object* self) {
  return Value(as_alias(self)->args.get());
}
Value get_parameters(Object*) {
  return Value(empty_tuple());
}

Value alias_new(Type*, Args a) {
  no_kwargs(a, "GenericAlias");
  check_positional(a, "GenericAlias", 2, 2);
  return generic_alias_new(a[0], a[1]);
}

Value class_getitem(Object* cls, Args a) {
  check_one_arg(a, "__class_getitem__");
  return generic_alias_new(cls, a[0]);
}

}  // namespace

void add_class_getitem(Type* t) {
  add_classmethod(t, "__class_getitem__", class_getitem);
}

void init_generic_alias_type() {
  Type* t = generic_alias_type = new_builtin_type("GenericAlias", object_type);
  t->module = "types";
  t->new_instance = alias_new;
  t->repr = alias_repr;
  t->call = alias_call;
  t->getattro = alias_getattro;
  t->richcompare = alias_richcompare;
  t->hash = alias_hash;
  t->getitem = alias_getitem;
  t->ready();
  add_getset(t, "__origin__", get_origin);
  add_getset(t, "__args__", get_args);
  add_getset(t, "__parameters__", get_parameters);
  for (Type* c : {list_type, dict_type, tuple_type, set_type, frozenset_type, type_type,
                  dict_keys_type, dict_values_type, dict_items_type}) {
    add_class_getitem(c);
  }
}

}  // namespace al
