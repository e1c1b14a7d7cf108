// None, NotImplemented, Ellipsis and the bool type (CPython: Objects/object.c,
// Objects/boolobject.c).
#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/int.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

namespace {

Object* make_singleton(Type* t) {
  auto* o = new Object(t);
  o->make_immortal();
  return o;
}

Value none_repr(Object*) {
  return str_from("None");
}
bool none_truth(Object*) {
  return false;
}
Value none_new(Type*, Args a) {
  if (a.npos || a.nkw()) raise(exc::TypeError, "NoneType takes no arguments");
  return none();
}
int64_t none_hash(Object*) {
  return 0xFCA86420 >> 4;
}

Value notimpl_repr(Object*) {
  return str_from("NotImplemented");
}
bool notimpl_truth(Object*) {
  return true;
}
Value notimpl_new(Type*, Args a) {
  if (a.npos || a.nkw()) raise(exc::TypeError, "NotImplementedType takes no arguments");
  return Value(NotImplemented);
}

Value ellipsis_repr(Object*) {
  return str_from("Ellipsis");
}
Value ellipsis_new(Type*, Args a) {
  if (a.npos || a.nkw()) raise(exc::TypeError, "ellipsis takes no arguments");
  return Value(Ellipsis);
}

Value bool_repr(Object* self) {
  return str_from(self == True_ ? "True" : "False");
}

Value bool_new(Type*, Args a) {
  no_kwargs(a, "bool");
  check_positional(a, "bool", 0, 1);
  return bool_obj(a.npos && truthy(a[0]));
}

bool is_bool(Object* o) {
  return is_exactly(o, bool_type);
}

Value bool_and(Object* a, Object* b) {
  if (is_bool(a) && is_bool(b)) return bool_obj(a == True_ && b == True_);
  return int_type->binop[int(BinOp::And)](a, b);
}
Value bool_or(Object* a, Object* b) {
  if (is_bool(a) && is_bool(b)) return bool_obj(a == True_ || b == True_);
  return int_type->binop[int(BinOp::Or)](a, b);
}
Value bool_xor(Object* a, Object* b) {
  if (is_bool(a) && is_bool(b)) return bool_obj((a == True_) != (b == True_));
  return int_type->binop[int(BinOp::Xor)](a, b);
}

}  // namespace

void create_singletons() {
  None = make_singleton(none_type);
  NotImplemented = make_singleton(notimpl_type);
  Ellipsis = make_singleton(ellipsis_type);
  auto* t = new Int(bool_type, 1);
  t->make_immortal();
  True_ = t;
  auto* f = new Int(bool_type, 0);
  f->make_immortal();
  False_ = f;
}

void init_singletons() {
  none_type->repr = none_repr;
  none_type->truth = none_truth;
  none_type->new_instance = none_new;
  none_type->hash = none_hash;
  none_type->allows_subclass = false;
  none_type->ready();

  notimpl_type->repr = notimpl_repr;
  notimpl_type->truth = notimpl_truth;
  notimpl_type->new_instance = notimpl_new;
  notimpl_type->allows_subclass = false;
  notimpl_type->ready();

  ellipsis_type->repr = ellipsis_repr;
  ellipsis_type->new_instance = ellipsis_new;
  ellipsis_type->allows_subclass = false;
  ellipsis_type->ready();
}

void init_bool_type() {
  Type* t = bool_type;
  t->new_instance = bool_new;
  t->repr = bool_repr;
  t->binop[int(BinOp::And)] = bool_and;
  t->binop[int(BinOp::Or)] = bool_or;
  t->binop[int(BinOp::Xor)] = bool_xor;
  t->allows_subclass = false;
  t->ready();
}

}  // namespace al
