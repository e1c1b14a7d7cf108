// slice objects (CPython: Objects/sliceobject.c).
#include "engine/runtime/slice.h"

#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Value slice_new(Object* start, Object* stop, Object* step) {
  auto s = make<Slice>(slice_type);
  s->start = Value(start ? start : None);
  s->stop = Value(stop ? stop : None);
  s->step = Value(step ? step : None);
  return s;
}

namespace {

// CPython: _PyEval_SliceIndex — clamps huge values to the int64 range.
int64_t slice_index(Object* v) {
  if (!is_instance(v, int_type) && !v->type->index) {
    raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  Value i = number_index(v);
  int64_t n;
  if (int_as_int64(i.get(), n)) return n;
  return static_cast<Int*>(i.get())->sign() < 0 ? INT64_MIN : INT64_MAX;
}

}  // namespace

int64_t slice_indices(Slice* s, int64_t length, int64_t& start, int64_t& stop, int64_t& step) {
  // CPython: PySlice_Unpack + PySlice_AdjustIndices.
  step = 1;
  if (s->step.get() != None) {
    step = slice_index(s->step.get());
    if (step == 0) raise(exc::ValueError, "slice step cannot be zero");
    if (step < -INT64_MAX) step = -INT64_MAX;
  }
  if (s->start.get() == None) {
    start = step < 0 ? INT64_MAX : 0;
  } else {
    start = slice_index(s->start.get());
  }
  if (s->stop.get() == None) {
    stop = step < 0 ? INT64_MIN : INT64_MAX;
  } else {
    stop = slice_index(s->stop.get());
  }
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) {
    if (stop < start) return (start - stop - 1) / (-step) + 1;
  } else if (start < stop) {
    return (stop - start - 1) / step + 1;
  }
  return 0;
}

namespace {

Slice* as_slice(Object* o) {
  return static_cast<Slice*>(o);
}

Value slice_repr(Object* self) {
  Slice* s = as_slice(self);
  return str_from("slice(" + repr(s->start.get())->s + ", " + repr(s->stop.get())->s + ", " +
                  repr(s->step.get())->s + ")");
}

Value slice_richcompare(Object* a, Object* b, CmpOp op) {
  if (!is_instance(b, slice_type)) return Value(NotImplemented);
  Slice* x = as_slice(a);
  Slice* y = as_slice(b);
  Ref<Tuple> tx = tuple_from({x->start.get(), x->stop.get(), x->step.get()});
  Ref<Tuple> ty = tuple_from({y->start.get(), y->stop.get(), y->step.get()});
  return compare(tx.get(), ty.get(), op);
}

Value slice_new_slot(Type*, Args a) {
  no_kwargs(a, "slice");
  check_positional(a, "slice", 1, 3);
  if (a.npos == 1) return slice_new(None, a[0], None);
  return slice_new(a[0], a[1], a.npos > 2 ? a[2] : None);
}

Value m_indices(Object* self, Args a) {
  check_one_arg(a, "indices");
  int64_t length = index_as_int64(a[0]);
  if (length < 0) raise(exc::ValueError, "length should not be negative");
  int64_t start, stop, step;
  slice_indices(as_slice(self), length, start, stop, step);
  return tuple_from({int_from(start).get(), int_from(stop).get(), int_from(step).get()});
}

Value get_start(Object* self) {
  return as_slice(self)->start;
}
Value get_stop(Object* self) {
  return as_slice(self)->stop;
}
Value get_step(Object* self) {
  return as_slice(self)->step;
}

}  // namespace

void init_slice_type() {
  Type* t = slice_type;
  t->new_instance = slice_new_slot;
  t->repr = slice_repr;
  t->richcompare = slice_richcompare;
  t->allows_subclass = false;
  t->ready();
  add_method(t, "indices", m_indices);
  add_getset(t, "start", get_start);
  add_getset(t, "stop", get_stop);
  add_getset(t, "step", get_step);
}

}  // namespace al
