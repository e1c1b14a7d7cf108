// mappingproxy (CPython: Objects/descrobject.c mappingproxy_*).
#include "engine/runtime/mappingproxy.h"

#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Value mappingproxy_new(Object* mapping) {
  return make<MappingProxy>(mappingproxy_type, mapping);
}

namespace {

Object* target(Object* self) {
  return static_cast<MappingProxy*>(self)->mapping.get();
}

Value mp_getitem(Object* self, Object* key) {
  return getitem(target(self), key);
}
int64_t mp_len(Object* self) {
  return length(target(self));
}
int mp_contains(Object* self, Object* key) {
  return contains(target(self), key);
}
Value mp_iter(Object* self) {
  return get_iter(target(self));
}
Value mp_repr(Object* self) {
  return str_from("mappingproxy(" + repr(target(self))->s + ")");
}
Value mp_str(Object* self) {
  return str(target(self));
}
Value mp_richcompare(Object* a, Object* b, CmpOp op) {
  return compare(target(a), b, op);
}

Value mp_new(Type*, Args a) {
  Object* argv[1];
  bind_args(a, "mappingproxy", {"mapping"}, 1, argv);
  if (!argv[0]->type->getitem || is_instance(argv[0], list_type) ||
      is_instance(argv[0], tuple_type)) {
    raise(exc::TypeError, "mappingproxy() argument must be a mapping, not " + tname(argv[0]));
  }
  return mappingproxy_new(argv[0]);
}

Value forward(Object* self, const char* name, Args a) {
  Value m = getattr(target(self), name);
  return call(m.get(), a);
}

Value m_keys(Object* self, Args a) {
  return forward(self, "keys", a);
}
Value m_values(Object* self, Args a) {
  return forward(self, "values", a);
}
Value m_items(Object* self, Args a) {
  return forward(self, "items", a);
}
Value m_get(Object* self, Args a) {
  return forward(self, "get", a);
}
Value m_copy(Object* self, Args a) {
  return forward(self, "copy", a);
}

}  // namespace

void init_mappingproxy_type() {
  Type* t = mappingproxy_type;
  t->new_instance = mp_new;
  t->getitem = mp_getitem;
  t->length = mp_len;
  t->contains = mp_contains;
  t->iter = mp_iter;
  t->repr = mp_repr;
  t->str = mp_str;
  t->richcompare = mp_richcompare;
  t->allows_subclass = false;
  t->ready();
  add_method(t, "keys", m_keys);
  add_method(t, "values", m_values);
  add_method(t, "items", m_items);
  add_method(t, "get", m_get);
  add_method(t, "copy", m_copy);
}

}  // namespace al
