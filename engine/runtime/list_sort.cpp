// list.sort: CPython 3.11's timsort with powersort merge order (CPython: Objects/listobject.c,
// list_sort_impl and its helpers; Objects/listsort.txt explains the algorithm). The comparisons
// are made in CPython's order, so a user-defined __lt__ sees the same calls, and when one
// raises, the list is left in the same permutation CPython leaves it in.
//
// Index
//   1. Slices: keys with the values that move along with them
//   2. TimSort: binarysort, count_run, gallops, merge_lo / merge_hi, merge_at, powersort order
//   3. Comparison choice (the pre-sort check) and list_sort
#include <algorithm>
#include <cstring>
#include <vector>

#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/float.h"
#include "engine/runtime/int.h"
#include "engine/runtime/list.h"
#include "engine/runtime/str.h"
#include "engine/runtime/types.h"

namespace al {

namespace {

// ---------------------------------------------------------------------------------------------
// 1. Slices
// ---------------------------------------------------------------------------------------------

// keys[i] decides where values[i] goes; values is null when the keys are the items (CPython:
// sortslice).
struct Slice {
  Object** keys;
  Object** values;

  void advance(ptrdiff_t n) {
    keys += n;
    if (values) values += n;
  }
};

void slice_copy(Slice dst, ptrdiff_t i, Slice src, ptrdiff_t j) {
  dst.keys[i] = src.keys[j];
  if (dst.values) dst.values[i] = src.values[j];
}

void slice_copy_incr(Slice& dst, Slice& src) {
  *dst.keys++ = *src.keys++;
  if (dst.values) *dst.values++ = *src.values++;
}

void slice_copy_decr(Slice& dst, Slice& src) {
  *dst.keys-- = *src.keys--;
  if (dst.values) *dst.values-- = *src.values--;
}

void slice_memcpy(Slice dst, ptrdiff_t i, Slice src, ptrdiff_t j, ptrdiff_t n) {
  std::memcpy(&dst.keys[i], &src.keys[j], sizeof(Object*) * size_t(n));
  if (dst.values) std::memcpy(&dst.values[i], &src.values[j], sizeof(Object*) * size_t(n));
}

void slice_memmove(Slice dst, ptrdiff_t i, Slice src, ptrdiff_t j, ptrdiff_t n) {
  std::memmove(&dst.keys[i], &src.keys[j], sizeof(Object*) * size_t(n));
  if (dst.values) std::memmove(&dst.values[i], &src.values[j], sizeof(Object*) * size_t(n));
}

void reverse_slice(Slice s, ptrdiff_t n) {
  std::reverse(s.keys, s.keys + n);
  if (s.values) std::reverse(s.values, s.values + n);
}

// ---------------------------------------------------------------------------------------------
// 2. TimSort
// ---------------------------------------------------------------------------------------------

// Galloping starts after this many wins in a row by one run (CPython: MIN_GALLOP).
constexpr ptrdiff_t kMinGallop = 7;
constexpr ptrdiff_t kMaxMinrun = 64;

// CPython: merge_compute_minrun.
ptrdiff_t compute_minrun(ptrdiff_t n) {
  ptrdiff_t r = 0;  // becomes 1 if any 1 bits are shifted off
  while (n >= kMaxMinrun) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

// CPython: powerloop — the depth of the node between runs [s1, s1+n1) and [s1+n1, s1+n1+n2) in
// the nearly-optimal merge tree of a list of n items.
int powerloop(ptrdiff_t s1, ptrdiff_t n1, ptrdiff_t n2, ptrdiff_t n) {
  int result = 0;
  ptrdiff_t a = 2 * s1 + n1;  // twice the first run's midpoint
  ptrdiff_t b = a + n1 + n2;  // twice the second run's midpoint
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a <<= 1;
    b <<= 1;
  }
  return result;
}

// CPython: MergeState and the functions taking it. Less is "a < b" and may throw; every
// function leaves the items a permutation of what they were when it throws.
template <class Less>
class TimSort {
 public:
  TimSort(Less lt, Slice whole, ptrdiff_t n)
      : lt_(lt), listlen_(n), basekeys_(whole.keys), has_values_(whole.values) {}

  // CPython: the run loop of list_sort_impl plus merge_force_collapse.
  void sort(Slice lo) {
    ptrdiff_t nremaining = listlen_;
    const ptrdiff_t minrun = compute_minrun(nremaining);
    do {
      bool descending;
      ptrdiff_t n = count_run(lo.keys, lo.keys + nremaining, descending);
      if (descending) reverse_slice(lo, n);
      if (n < minrun) {
        const ptrdiff_t force = nremaining <= minrun ? nremaining : minrun;
        binarysort(lo, lo.keys + force, lo.keys + n);
        n = force;
      }
      found_new_run(n);
      pending_[n_++] = Run{lo, n, 0};
      lo.advance(n);
      nremaining -= n;
    } while (nremaining);
    while (n_ > 1) {
      int i = n_ - 2;
      if (i > 0 && pending_[i - 1].len < pending_[i + 1].len) --i;
      merge_at(i);
    }
  }

 private:
  struct Run {
    Slice base;
    ptrdiff_t len;
    int power;  // node level in the powersort merge tree
  };
  enum class Exit { Succeed, CopyOther };

  Less lt_;
  ptrdiff_t min_gallop_ = kMinGallop;
  ptrdiff_t listlen_;
  Object** basekeys_;
  bool has_values_;
  std::vector<Object*> tmp_keys_, tmp_values_;
  Run pending_[sizeof(size_t) * 8];
  int n_ = 0;

  // Temporary room for n items (CPython: merge_getmem).
  Slice tmp(ptrdiff_t n) {
    if (ptrdiff_t(tmp_keys_.size()) < n) {
      tmp_keys_.resize(size_t(n));
      if (has_values_) tmp_values_.resize(size_t(n));
    }
    return Slice{tmp_keys_.data(), has_values_ ? tmp_values_.data() : nullptr};
  }

  // CPython: binarysort — [lo, start) is sorted; inserts the rest one by one. The pivot only
  // moves after its place is found, so a raising comparison leaves a permutation.
  void binarysort(Slice lo, Object** hi, Object** start) {
    if (lo.keys == start) ++start;
    for (; start < hi; ++start) {
      Object** l = lo.keys;
      Object** r = start;
      Object* pivot = *r;
      do {
        Object** p = l + ((r - l) >> 1);
        if (lt_(pivot, *p)) {
          r = p;
        } else {
          l = p + 1;
        }
      } while (l < r);
      for (Object** p = start; p > l; --p) *p = *(p - 1);
      *l = pivot;
      if (lo.values) {
        const ptrdiff_t offset = lo.values - lo.keys;
        Object** lv = l + offset;
        Object* vpivot = *(start + offset);
        for (Object** p = start + offset; p > lv; --p) *p = *(p - 1);
        *lv = vpivot;
      }
    }
  }

  // CPython: count_run — the length of the run starting at lo; descending runs are strictly
  // descending, so reversing them keeps the sort stable.
  ptrdiff_t count_run(Object** lo, Object** hi, bool& descending) {
    descending = false;
    ++lo;
    if (lo == hi) return 1;
    ptrdiff_t n = 2;
    if (lt_(*lo, *(lo - 1))) {
      descending = true;
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        if (!lt_(*lo, *(lo - 1))) break;
      }
    } else {
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        if (lt_(*lo, *(lo - 1))) break;
      }
    }
    return n;
  }

  // CPython: gallop_left — the k with a[k-1] < key <= a[k], searching outward from a[hint].
  ptrdiff_t gallop_left(Object* key, Object** a, ptrdiff_t n, ptrdiff_t hint) {
    a += hint;
    ptrdiff_t lastofs = 0;
    ptrdiff_t ofs = 1;
    if (lt_(*a, key)) {
      const ptrdiff_t maxofs = n - hint;
      while (ofs < maxofs) {
        if (!lt_(a[ofs], key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const ptrdiff_t maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt_(*(a - ofs), key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const ptrdiff_t k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
      const ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
      if (lt_(a[m], key)) {
        lastofs = m + 1;
      } else {
        ofs = m;
      }
    }
    return ofs;
  }

  // CPython: gallop_right — the k with a[k-1] <= key < a[k] (after equal items: stability).
  ptrdiff_t gallop_right(Object* key, Object** a, ptrdiff_t n, ptrdiff_t hint) {
    a += hint;
    ptrdiff_t lastofs = 0;
    ptrdiff_t ofs = 1;
    if (lt_(key, *a)) {
      const ptrdiff_t maxofs = hint + 1;
      while (ofs < maxofs) {
        if (!lt_(key, *(a - ofs))) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const ptrdiff_t k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const ptrdiff_t maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt_(key, a[ofs])) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
      const ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
      if (lt_(key, a[m])) {
        ofs = m;
      } else {
        lastofs = m + 1;
      }
    }
    return ofs;
  }

  // CPython: merge_lo's loop (na <= nb): A is in the temporary array, B in place.
  Exit merge_lo_loop(Slice& dest, Slice& ssa, ptrdiff_t& na, Slice& ssb, ptrdiff_t& nb) {
    slice_copy_incr(dest, ssb);
    if (--nb == 0) return Exit::Succeed;
    if (na == 1) return Exit::CopyOther;
    ptrdiff_t min_gallop = min_gallop_;
    for (;;) {
      ptrdiff_t acount = 0;  // times A won in a row
      ptrdiff_t bcount = 0;  // times B won in a row
      for (;;) {
        if (lt_(ssb.keys[0], ssa.keys[0])) {
          slice_copy_incr(dest, ssb);
          ++bcount;
          acount = 0;
          if (--nb == 0) return Exit::Succeed;
          if (bcount >= min_gallop) break;
        } else {
          slice_copy_incr(dest, ssa);
          ++acount;
          bcount = 0;
          if (--na == 1) return Exit::CopyOther;
          if (acount >= min_gallop) break;
        }
      }
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1;
        min_gallop_ = min_gallop;
        ptrdiff_t k = gallop_right(ssb.keys[0], ssa.keys, na, 0);
        acount = k;
        if (k) {
          slice_memcpy(dest, 0, ssa, 0, k);
          dest.advance(k);
          ssa.advance(k);
          na -= k;
          if (na == 1) return Exit::CopyOther;
          if (na == 0) return Exit::Succeed;  // only with an inconsistent __lt__
        }
        slice_copy_incr(dest, ssb);
        if (--nb == 0) return Exit::Succeed;
        k = gallop_left(ssa.keys[0], ssb.keys, nb, 0);
        bcount = k;
        if (k) {
          slice_memmove(dest, 0, ssb, 0, k);
          dest.advance(k);
          ssb.advance(k);
          nb -= k;
          if (nb == 0) return Exit::Succeed;
        }
        slice_copy_incr(dest, ssa);
        if (--na == 1) return Exit::CopyOther;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;  // penalise leaving galloping mode
      min_gallop_ = min_gallop;
    }
  }

  // CPython: merge_lo.
  void merge_lo(Slice ssa, ptrdiff_t na, Slice ssb, ptrdiff_t nb) {
    Slice t = tmp(na);
    slice_memcpy(t, 0, ssa, 0, na);
    Slice dest = ssa;
    ssa = t;
    Exit how;
    try {
      how = merge_lo_loop(dest, ssa, na, ssb, nb);
    } catch (...) {
      if (na) slice_memcpy(dest, 0, ssa, 0, na);
      throw;
    }
    if (how == Exit::Succeed) {
      if (na) slice_memcpy(dest, 0, ssa, 0, na);
      return;
    }
    // The last item of A belongs at the end of the merge.
    slice_memmove(dest, 0, ssb, 0, nb);
    slice_copy(dest, nb, ssa, 0);
  }

  // CPython: merge_hi's loop (na > nb): B is in the temporary array, merged from the right.
  Exit merge_hi_loop(Slice& dest, Slice& ssa, ptrdiff_t& na, Slice& ssb, ptrdiff_t& nb, Slice basea,
                     Slice baseb) {
    slice_copy_decr(dest, ssa);
    if (--na == 0) return Exit::Succeed;
    if (nb == 1) return Exit::CopyOther;
    ptrdiff_t min_gallop = min_gallop_;
    for (;;) {
      ptrdiff_t acount = 0;
      ptrdiff_t bcount = 0;
      for (;;) {
        if (lt_(ssb.keys[0], ssa.keys[0])) {
          slice_copy_decr(dest, ssa);
          ++acount;
          bcount = 0;
          if (--na == 0) return Exit::Succeed;
          if (acount >= min_gallop) break;
        } else {
          slice_copy_decr(dest, ssb);
          ++bcount;
          acount = 0;
          if (--nb == 1) return Exit::CopyOther;
          if (bcount >= min_gallop) break;
        }
      }
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1;
        min_gallop_ = min_gallop;
        ptrdiff_t k = na - gallop_right(ssb.keys[0], basea.keys, na, na - 1);
        acount = k;
        if (k) {
          dest.advance(-k);
          ssa.advance(-k);
          slice_memmove(dest, 1, ssa, 1, k);
          na -= k;
          if (na == 0) return Exit::Succeed;
        }
        slice_copy_decr(dest, ssb);
        if (--nb == 1) return Exit::CopyOther;
        k = nb - gallop_left(ssa.keys[0], baseb.keys, nb, nb - 1);
        bcount = k;
        if (k) {
          dest.advance(-k);
          ssb.advance(-k);
          slice_memcpy(dest, 1, ssb, 1, k);
          nb -= k;
          if (nb == 1) return Exit::CopyOther;
          if (nb == 0) return Exit::Succeed;  // only with an inconsistent __lt__
        }
        slice_copy_decr(dest, ssa);
        if (--na == 0) return Exit::Succeed;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;
      min_gallop_ = min_gallop;
    }
  }

  // CPython: merge_hi.
  void merge_hi(Slice ssa, ptrdiff_t na, Slice ssb, ptrdiff_t nb) {
    Slice t = tmp(nb);
    Slice dest = ssb;
    dest.advance(nb - 1);
    slice_memcpy(t, 0, ssb, 0, nb);
    const Slice basea = ssa;
    const Slice baseb = t;
    ssb = t;
    ssb.advance(nb - 1);
    ssa.advance(na - 1);
    Exit how;
    try {
      how = merge_hi_loop(dest, ssa, na, ssb, nb, basea, baseb);
    } catch (...) {
      if (nb) slice_memcpy(dest, -(nb - 1), baseb, 0, nb);
      throw;
    }
    if (how == Exit::Succeed) {
      if (nb) slice_memcpy(dest, -(nb - 1), baseb, 0, nb);
      return;
    }
    // The first item of B belongs at the front of the merge.
    slice_memmove(dest, 1 - na, ssa, 1 - na, na);
    dest.advance(-na);
    ssa.advance(-na);
    slice_copy(dest, 0, ssb, 0);
  }

  // CPython: merge_at — merges runs i and i + 1.
  void merge_at(int i) {
    Slice ssa = pending_[i].base;
    ptrdiff_t na = pending_[i].len;
    Slice ssb = pending_[i + 1].base;
    ptrdiff_t nb = pending_[i + 1].len;
    pending_[i].len = na + nb;
    if (i == n_ - 3) pending_[i + 1] = pending_[i + 2];
    --n_;
    // Items of A before where B's first belongs are already in place.
    const ptrdiff_t k = gallop_right(*ssb.keys, ssa.keys, na, 0);
    ssa.advance(k);
    na -= k;
    if (na == 0) return;
    // Items of B after where A's last belongs are already in place.
    nb = gallop_left(ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) {
      merge_lo(ssa, na, ssb, nb);
    } else {
      merge_hi(ssa, na, ssb, nb);
    }
  }

  // CPython: found_new_run — merges pending runs deeper in the powersort tree than the new one.
  void found_new_run(ptrdiff_t n2) {
    if (!n_) return;
    const ptrdiff_t s1 = pending_[n_ - 1].base.keys - basekeys_;
    const ptrdiff_t n1 = pending_[n_ - 1].len;
    const int power = powerloop(s1, n1, n2, listlen_);
    while (n_ > 1 && pending_[n_ - 2].power > power) merge_at(n_ - 2);
    pending_[n_ - 1].power = power;
  }
};

template <class Less>
void timsort(Slice lo, ptrdiff_t n, Less lt) {
  TimSort<Less> ts(lt, lo, n);
  ts.sort(lo);
}

// ---------------------------------------------------------------------------------------------
// 3. Comparison choice and list_sort
// ---------------------------------------------------------------------------------------------

// CPython: list_sort_impl's pre-check for unsafe_long_compare / unsafe_float_compare /
// unsafe_latin_compare: when every key is an exact int (machine-sized), float or str, the
// comparisons skip the generic protocol; they run no Python code, so the result is the same.
void sort_slice(Slice lo, ptrdiff_t n) {
  Type* common = lo.keys[0]->type;
  for (ptrdiff_t i = 0; i < n; ++i) {
    Object* o = lo.keys[i];
    if (o->type != common || (common == int_type && static_cast<Int*>(o)->is_big())) {
      common = nullptr;
      break;
    }
  }
  if (common == int_type) {
    return timsort(lo, n, [](Object* a, Object* b) {
      return static_cast<Int*>(a)->small < static_cast<Int*>(b)->small;
    });
  }
  if (common == float_type) {
    return timsort(lo, n, [](Object* a, Object* b) {
      return static_cast<Float*>(a)->value < static_cast<Float*>(b)->value;
    });
  }
  if (common == str_type) {
    // UTF-8 byte order is code point order.
    return timsort(lo, n, [](Object* a, Object* b) {
      return static_cast<Str*>(a)->s < static_cast<Str*>(b)->s;
    });
  }
  timsort(lo, n, [](Object* a, Object* b) { return compare_bool(a, b, CmpOp::Lt); });
}

}  // namespace

// CPython: list_sort_impl. The list is empty while the keys are computed and the items sorted,
// so that a mutation is detected ("list modified during sort"); on an exception the list gets
// back the items in the order the sort reached, reversed back when reverse is set.
void list_sort(List* l, Object* key, bool reverse) {
  std::vector<Value> saved = std::move(l->items);
  l->items.clear();
  const auto n = ptrdiff_t(saved.size());
  std::vector<Object*> items(saved.size());
  for (size_t i = 0; i < saved.size(); ++i) items[i] = saved[i].get();
  std::vector<Object*> keys;  // owned references, in the order the sort moves them to
  // Puts the items back in their current order, then drops what the list held meanwhile.
  auto put_back = [&] {
    std::vector<Value> now = std::move(l->items);
    std::vector<Value> out;
    out.reserve(items.size());
    for (Object* o : items) out.emplace_back(o);
    l->items = std::move(out);
    saved.clear();
    release_last_to_first(now);
  };
  const bool use_keys = key && key != None;
  if (use_keys) {
    keys.reserve(saved.size());
    try {
      for (Object* o : items) keys.push_back(call(key, {o}).release());
    } catch (...) {
      while (!keys.empty()) {
        keys.back()->decref();
        keys.pop_back();
      }
      put_back();
      throw;
    }
  }
  auto drop_keys = [&] {
    for (Object* k : keys) k->decref();
    keys.clear();
  };
  if (n > 1) {
    Slice lo{use_keys ? keys.data() : items.data(), use_keys ? items.data() : nullptr};
    if (reverse) reverse_slice(lo, n);
    try {
      sort_slice(lo, n);
    } catch (...) {
      drop_keys();
      if (reverse) std::reverse(items.begin(), items.end());
      put_back();
      throw;
    }
    if (reverse) std::reverse(items.begin(), items.end());
  }
  drop_keys();
  const bool modified = !l->items.empty();
  put_back();
  if (modified) raise(exc::ValueError, "list modified during sort");
}

}  // namespace al
