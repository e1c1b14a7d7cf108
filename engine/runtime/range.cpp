// range objects and their iterators (CPython: Objects/rangeobject.c).
//
// Index
//   1. Construction and length (GMP, so huge ranges work)
//   2. Slots: repr, len, subscripts, contains, equality, hash
//   3. Iterators: an int64 fast one and a GMP one for huge bounds
//   4. Methods and the type
#include "engine/runtime/range.h"

#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/slice.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

namespace {

Range* as_range(Object* o) {
  return static_cast<Range*>(o);
}

// CPython: compute_range_length.
mpz_class range_length(const mpz_class& lo, const mpz_class& hi, const mpz_class& step) {
  if (step > 0) {
    if (lo >= hi) return 0;
    return (hi - lo - 1) / step + 1;
  }
  if (lo <= hi) return 0;
  return (lo - hi - 1) / (-step) + 1;
}

Value make_range(const mpz_class& start, const mpz_class& stop, const mpz_class& step) {
  auto r = make<Range>(range_type);
  r->start = int_from(start);
  r->stop = int_from(stop);
  r->step = int_from(step);
  r->length = int_from(range_length(start, stop, step));
  return r;
}

mpz_class mpz_of(Object* o) {
  return int_as_mpz(o);
}

}  // namespace

Value range_new(int64_t start, int64_t stop, int64_t step) {
  return make_range(mpz_class(long(start)), mpz_class(long(stop)), mpz_class(long(step)));
}

bool range_small(Range* r, int64_t& start, int64_t& step, int64_t& len) {
  int64_t stop;
  return int_as_int64(r->start.get(), start) && int_as_int64(r->step.get(), step) &&
         int_as_int64(r->length.get(), len) && int_as_int64(r->stop.get(), stop);
}

namespace {

Value range_new_slot(Type*, Args a) {
  no_kwargs(a, "range");
  check_positional(a, "range", 1, 3);
  mpz_class start = 0, stop, step = 1;
  if (a.npos == 1) {
    stop = mpz_of(number_index(a[0]).get());
  } else {
    start = mpz_of(number_index(a[0]).get());
    stop = mpz_of(number_index(a[1]).get());
    if (a.npos == 3) {
      step = mpz_of(number_index(a[2]).get());
      if (step == 0) raise(exc::ValueError, "range() arg 3 must not be zero");
    }
  }
  return make_range(start, stop, step);
}

Value range_repr(Object* self) {
  Range* r = as_range(self);
  std::string s = "range(" + int_to_decimal(r->start.get()) + ", " + int_to_decimal(r->stop.get());
  if (mpz_of(r->step.get()) != 1) s += ", " + int_to_decimal(r->step.get());
  return str_from(s + ")");
}

int64_t range_len(Object* self) {
  int64_t n;
  if (!int_as_int64(as_range(self)->length.get(), n)) {
    raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  }
  return n;
}

bool range_truth(Object* self) {
  return static_cast<Int*>(as_range(self)->length.get())->sign() != 0;
}

mpz_class item_at(Range* r, const mpz_class& i) {
  return mpz_of(r->start.get()) + i * mpz_of(r->step.get());
}

Value range_getitem(Object* self, Object* key) {
  Range* r = as_range(self);
  if (is_instance(key, slice_type)) {
    int64_t start, stop, step;
    int64_t len = range_len(self);
    int64_t n = slice_indices(static_cast<Slice*>(key), len, start, stop, step);
    mpz_class rstep = mpz_of(r->step.get());
    mpz_class nstart = item_at(r, mpz_class(long(start)));
    mpz_class nstep = rstep * long(step);
    mpz_class nstop = nstart + nstep * long(n);
    return make_range(nstart, nstop, nstep);
  }
  if (!key->type->index) {
    raise(exc::TypeError, "range indices must be integers or slices, not " + tname(key));
  }
  mpz_class i = mpz_of(number_index(key).get());
  mpz_class len = mpz_of(r->length.get());
  if (i < 0) i += len;
  if (i < 0 || i >= len) raise(exc::IndexError, "range object index out of range");
  return int_from(item_at(r, i));
}

bool range_has(Range* r, const mpz_class& v) {
  mpz_class start = mpz_of(r->start.get());
  mpz_class stop = mpz_of(r->stop.get());
  mpz_class step = mpz_of(r->step.get());
  if (step > 0) {
    if (v < start || v >= stop) return false;
  } else if (v > start || v <= stop) {
    return false;
  }
  mpz_class rem = (v - start) % step;
  return rem == 0;
}

int range_contains(Object* self, Object* item) {
  if (is_exactly(item, int_type) || is_exactly(item, bool_type))
    return range_has(as_range(self), mpz_of(item));
  Value it = get_iter(self);
  while (Value v = iter_next(it.get())) {
    if (eq(v.get(), item)) return 1;
  }
  return 0;
}

Value range_richcompare(Object* a, Object* b, CmpOp op) {
  if (!is_instance(b, range_type) || (op != CmpOp::Eq && op != CmpOp::Ne))
    return Value(NotImplemented);
  Range* x = as_range(a);
  Range* y = as_range(b);
  bool same;
  mpz_class lx = mpz_of(x->length.get()), ly = mpz_of(y->length.get());
  if (lx != ly) {
    same = false;
  } else if (lx == 0) {
    same = true;
  } else if (mpz_of(x->start.get()) != mpz_of(y->start.get())) {
    same = false;
  } else {
    same = lx == 1 || mpz_of(x->step.get()) == mpz_of(y->step.get());
  }
  return bool_obj(op == CmpOp::Eq ? same : !same);
}

int64_t range_hash(Object* self) {
  Range* r = as_range(self);
  mpz_class len = mpz_of(r->length.get());
  Ref<Tuple> t;
  if (len == 0) {
    t = tuple_from({r->length.get(), None, None});
  } else if (len == 1) {
    t = tuple_from({r->length.get(), r->start.get(), None});
  } else {
    t = tuple_from({r->length.get(), r->start.get(), r->step.get()});
  }
  return hash(t.get());
}

struct RangeIter : Object {
  int64_t next, step, remaining;
  RangeIter(Type* t, int64_t s, int64_t st, int64_t n)
      : Object(t), next(s), step(st), remaining(n) {}
};

struct LongRangeIter : Object {
  mpz_class next, step, remaining;
  explicit LongRangeIter(Type* t) : Object(t) {}
};

Type* range_iterator_type;
Type* longrange_iterator_type;

Value make_iter(Range* r, bool reversed) {
  int64_t start, step, len;
  mpz_class s = mpz_of(r->start.get()), st = mpz_of(r->step.get()), n = mpz_of(r->length.get());
  if (reversed) {
    s = s + (n - 1) * st;
    st = -st;
  }
  if (s.fits_slong_p() && st.fits_slong_p() && n.fits_slong_p()) {
    start = s.get_si();
    step = st.get_si();
    len = n.get_si();
    // The last value must also fit so that stepping never overflows.
    mpz_class last = s + (n - 1) * st;
    mpz_class past = s + n * st;
    if (last.fits_slong_p() && past.fits_slong_p()) {
      return make<RangeIter>(range_iterator_type, start, step, len);
    }
  }
  auto it = make<LongRangeIter>(longrange_iterator_type);
  it->next = s;
  it->step = st;
  it->remaining = n;
  return it;
}

Value range_iter(Object* self) {
  return make_iter(as_range(self), false);
}

Value range_iter_next(Object* self) {
  auto* it = static_cast<RangeIter*>(self);
  if (it->remaining <= 0) return nullptr;
  --it->remaining;
  int64_t v = it->next;
  it->next += it->step;
  return int_from(v);
}

Value longrange_iter_next(Object* self) {
  auto* it = static_cast<LongRangeIter*>(self);
  if (it->remaining <= 0) return nullptr;
  it->remaining -= 1;
  Value v = int_from(it->next);
  it->next += it->step;
  return v;
}

Value range_iter_length_hint(Object* self, Args) {
  return int_from(std::max<int64_t>(static_cast<RangeIter*>(self)->remaining, 0));
}

Value longrange_iter_length_hint(Object* self, Args) {
  return int_from(static_cast<LongRangeIter*>(self)->remaining);
}

Value iter_self(Object* self) {
  return Value(self);
}

Value m_reversed(Object* self, Args a) {
  check_no_args(a, "__reversed__");
  return make_iter(as_range(self), true);
}

Value m_count(Object* self, Args a) {
  check_one_arg(a, "count");
  if (is_exactly(a[0], int_type) || is_exactly(a[0], bool_type)) {
    return int_from(int64_t(range_has(as_range(self), mpz_of(a[0]))));
  }
  int64_t n = 0;
  for_each(self, [&](Object* v) { n += eq(v, a[0]); });
  return int_from(n);
}

Value m_index(Object* self, Args a) {
  check_one_arg(a, "index");
  Range* r = as_range(self);
  if (is_exactly(a[0], int_type) || is_exactly(a[0], bool_type)) {
    mpz_class v = mpz_of(a[0]);
    if (range_has(r, v))
      return int_from(mpz_class((v - mpz_of(r->start.get())) / mpz_of(r->step.get())));
  } else {
    int64_t i = 0;
    Value it = get_iter(self);
    while (Value v = iter_next(it.get())) {
      if (eq(v.get(), a[0])) return int_from(i);
      ++i;
    }
  }
  raise(exc::ValueError, repr(a[0])->s + " is not in range");
}

Value get_start(Object* self) {
  return as_range(self)->start;
}
Value get_stop(Object* self) {
  return as_range(self)->stop;
}
Value get_step(Object* self) {
  return as_range(self)->step;
}

}  // namespace

void init_range_type() {
  Type* t = range_type;
  t->new_instance = range_new_slot;
  t->repr = range_repr;
  t->length = range_len;
  t->truth = range_truth;
  t->getitem = range_getitem;
  t->contains = range_contains;
  t->richcompare = range_richcompare;
  t->hash = range_hash;
  t->iter = range_iter;
  t->allows_subclass = false;
  t->ready();
  add_method(t, "__reversed__", m_reversed);
  add_method(t, "count", m_count);
  add_method(t, "index", m_index);
  add_getset(t, "start", get_start);
  add_getset(t, "stop", get_stop);
  add_getset(t, "step", get_step);

  range_iterator_type = new_builtin_type("range_iterator", object_type);
  range_iterator_type->iter = iter_self;
  range_iterator_type->next = range_iter_next;
  range_iterator_type->allows_subclass = false;
  range_iterator_type->ready();
  add_method(range_iterator_type, "__length_hint__", range_iter_length_hint);
  longrange_iterator_type = new_builtin_type("longrange_iterator", object_type);
  longrange_iterator_type->iter = iter_self;
  longrange_iterator_type->next = longrange_iter_next;
  longrange_iterator_type->allows_subclass = false;
  longrange_iterator_type->ready();
  add_method(longrange_iterator_type, "__length_hint__", longrange_iter_length_hint);
}

}  // namespace al
