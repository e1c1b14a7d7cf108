// Exception machinery of the VM (CPython: Python/errors.c, Python/ceval.c,
// Objects/exceptions.c). See errors.h.
#include "engine/vm/errors.h"

#include <unordered_set>

#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/list.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/types.h"
#include "engine/vm/vmstate.h"

namespace al {

namespace {

bool is_exception_class(Object* o) {
  return is_instance(o, type_type) && static_cast<Type*>(o)->is_subtype_of(exc::BaseException);
}

bool is_exception_instance(Object* o) {
  return as_exception(o) != nullptr;
}

}  // namespace

bool is_exception_group(Object* o) {
  return is_instance(o, exc::BaseExceptionGroup);
}

void chain_exception_context(Object* exc, bool only_if_unset) {
  BaseExceptionObject* value = as_exception(exc);
  if (!value) return;
  if (only_if_unset && value->context) return;
  Object* handled = current_handled_exception();
  if (!handled || handled == exc) return;
  // CPython: Python/errors.c _PyErr_SetObject: cut the chain where it would loop back to the
  // new exception (Floyd's algorithm guards against pre-existing cycles).
  Object* o = handled;
  Object* slow = o;
  bool toggle = false;
  while (true) {
    BaseExceptionObject* oe = as_exception(o);
    if (!oe || !oe->context) break;
    Object* context = oe->context.get();
    if (context == exc) {
      oe->context = nullptr;
      break;
    }
    o = context;
    if (o == slow) break;
    if (toggle) slow = as_exception(slow)->context.get();
    toggle = !toggle;
  }
  value->context = Value(handled);
}

Value normalize_raise(Object* exc, Object* cause, bool has_cause) {
  Value value;
  if (is_exception_class(exc)) {
    value = call(exc, std::initializer_list<Object*>{});
    if (!is_exception_instance(value.get())) {
      raise(exc::TypeError, "calling " + repr(exc)->s +
                                " should have returned an instance of BaseException, not " +
                                repr(value->type)->s);
    }
  } else if (is_exception_instance(exc)) {
    value = Value(exc);
  } else {
    raise(exc::TypeError, "exceptions must derive from BaseException");
  }
  if (has_cause) {
    Value fixed;
    if (is_exception_class(cause)) {
      fixed = call(cause, std::initializer_list<Object*>{});
    } else if (is_exception_instance(cause)) {
      fixed = Value(cause);
    } else if (cause == None) {
      fixed = nullptr;
    } else {
      raise(exc::TypeError, "exception causes must derive from BaseException");
    }
    BaseExceptionObject* e = as_exception(value.get());
    e->cause = fixed;
    e->suppress_context = true;
  }
  return value;
}

void check_except_type_valid(Object* type) {
  static const char* kMsg =
      "catching classes that do not inherit from BaseException is not allowed";
  if (is_instance(type, tuple_type)) {
    Tuple* t = static_cast<Tuple*>(type);
    for (size_t i = 0; i < t->size; ++i) {
      if (!is_exception_class(t->items[i])) raise(exc::TypeError, kMsg);
    }
  } else if (!is_exception_class(type)) {
    raise(exc::TypeError, kMsg);
  }
}

void check_except_star_type_valid(Object* type) {
  check_except_type_valid(type);
  auto is_group = [](Object* t) {
    return static_cast<Type*>(t)->is_subtype_of(exc::BaseExceptionGroup);
  };
  bool bad = false;
  if (is_instance(type, tuple_type)) {
    Tuple* t = static_cast<Tuple*>(type);
    for (size_t i = 0; i < t->size; ++i) bad = bad || is_group(t->items[i]);
  } else {
    bad = is_group(type);
  }
  if (bad) {
    raise(exc::TypeError,
          "catching ExceptionGroup with except* is not allowed. Use except instead.");
  }
}

bool exception_given_matches(Object* exc, Object* type) {
  if (is_instance(type, tuple_type)) {
    Tuple* t = static_cast<Tuple*>(type);
    for (size_t i = 0; i < t->size; ++i) {
      if (exception_given_matches(exc, t->items[i])) return true;
    }
    return false;
  }
  return is_instance(type, type_type) && exc->type->is_subtype_of(static_cast<Type*>(type));
}

void exception_group_match(Object* exc, Object* type, Value& match, Value& rest) {
  if (exc == None) {
    match = Value(None);
    rest = Value(None);
    return;
  }
  if (exception_given_matches(exc, type)) {
    if (is_exception_group(exc)) {
      match = Value(exc);
    } else {
      // A naked exception is wrapped in an ExceptionGroup that shares its traceback.
      Ref<Tuple> excs = tuple_from({exc});
      Value empty = str_from("");
      match = call(exc::BaseExceptionGroup, {empty.get(), excs.get()});
      as_exception(match.get())->traceback = as_exception(exc)->traceback;
    }
    rest = Value(None);
    return;
  }
  if (is_exception_group(exc)) {
    Value pair = call_method(exc, "split", {type});
    Tuple* t = static_cast<Tuple*>(pair.get());
    match = Value(t->items[0]);
    rest = Value(t->items[1]);
    return;
  }
  match = Value(None);
  rest = Value(None);
}

namespace {

using LeafIds = std::unordered_set<const Object*>;

void collect_leaf_ids(Object* e, LeafIds& ids) {
  if (e == None) return;
  if (!is_exception_group(e)) {
    ids.insert(e);
    return;
  }
  auto* g = static_cast<BaseExceptionGroupObject*>(e);
  for (size_t i = 0; i < g->excs->size; ++i) collect_leaf_ids(g->excs->items[i], ids);
}

bool same_metadata(Object* a, Object* b) {
  BaseExceptionObject* x = as_exception(a);
  BaseExceptionObject* y = as_exception(b);
  return x->notes.get() == y->notes.get() && x->traceback.get() == y->traceback.get() &&
         x->cause.get() == y->cause.get() && x->context.get() == y->context.get();
}

// The leaves to keep travel to the split predicate through this pointer: split() calls the
// predicate synchronously, so no other projection can be in progress.
const LeafIds* g_keep_ids = nullptr;

Value leaf_id_predicate(Object*, Args a) {
  return bool_obj(a.npos == 1 && g_keep_ids->count(a[0]) > 0);
}

// CPython: Objects/exceptions.c exception_group_projection: the part of `eg` whose leaves
// appear in the groups of `keep`.
Value exception_group_projection(Object* eg, List* keep) {
  LeafIds ids;
  for (const Value& e : keep->items) collect_leaf_ids(e.get(), ids);
  const LeafIds* saved = g_keep_ids;
  g_keep_ids = &ids;
  Value pred = make_builtin("<leaf id matcher>", leaf_id_predicate);
  Value pair;
  try {
    pair = call_method(eg, "split", {pred.get()});
  } catch (...) {
    g_keep_ids = saved;
    throw;
  }
  g_keep_ids = saved;
  return Value(static_cast<Tuple*>(pair.get())->items[0]);
}

}  // namespace

Value prep_reraise_star(Object* orig, Object* excs_obj) {
  List* excs = static_cast<List*>(excs_obj);
  if (excs->items.empty()) return Value(None);
  if (!is_exception_group(orig)) {
    // A naked exception was caught and wrapped: at most one clause ran.
    return excs->items[0];
  }
  Ref<List> raised = list_new();
  Ref<List> reraised = list_new();
  for (const Value& e : excs->items) {
    if (e.get() == None) continue;
    list_append(same_metadata(e.get(), orig) ? reraised.get() : raised.get(), e.get());
  }
  Value reraised_eg = exception_group_projection(orig, reraised.get());
  if (raised->items.empty()) return reraised_eg;
  if (reraised_eg.get() != None) list_append(raised.get(), reraised_eg.get());
  if (raised->items.size() > 1) {
    Value empty = str_from("");
    return call(exc::BaseExceptionGroup, {empty.get(), raised.get()});
  }
  return raised->items[0];
}

}  // namespace al
