// Exception machinery the dispatch loop shares with generators and the runner: implicit
// chaining, `raise` normalisation, `except` matching and `except*` splitting (CPython:
// Python/errors.c, Python/ceval.c do_raise / exception_group_match,
// Objects/exceptions.c _PyExc_PrepReraiseStar).
#pragma once

#include "engine/runtime/object.h"

namespace al {

// Sets exc.__context__ to the exception currently being handled, breaking cycles as
// _PyErr_SetObject does. With `only_if_unset` an existing context is kept (used for exceptions
// that arrive from native code and may have been chained already).
void chain_exception_context(Object* exc, bool only_if_unset);

// `raise exc [from cause]`: instantiates classes, checks types, sets __cause__; returns the
// exception instance to raise (CPython: ceval.c do_raise).
Value normalize_raise(Object* exc, Object* cause, bool has_cause);

// Validates the type of an `except` clause: a class deriving from BaseException or a tuple of
// them (CPython: ceval.c CHECK_EXC_MATCH).
void check_except_type_valid(Object* type);
void check_except_star_type_valid(Object* type);
// isinstance-based match used by `except T` (PyErr_GivenExceptionMatches).
bool exception_given_matches(Object* exc, Object* type);

// CPython: ceval.c exception_group_match. Sets match and rest (None when absent).
void exception_group_match(Object* exc, Object* type, Value& match, Value& rest);
// CPython: Objects/exceptions.c _PyExc_PrepReraiseStar.
Value prep_reraise_star(Object* orig, Object* excs);

bool is_exception_group(Object* o);

}  // namespace al
