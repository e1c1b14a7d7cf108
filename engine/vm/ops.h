// Instruction helpers too long to inline in the dispatch loop (CPython: the corresponding
// ceval.c instruction bodies and their helper functions). Each raises PyException with
// CPython's message.
#pragma once

#include <cstdint>

#include "engine/runtime/object.h"

namespace al {

struct Frame;
struct Function;
struct List;

// locals[key] for non-dict namespaces, null when missing.
Value mapping_get_opt(Object* mapping, Str* key);
bool mapping_del_opt(Object* mapping, Str* key);

// LOAD_METHOD's shortcut: the function found on the type when calling it with `obj` prepended
// is equivalent to calling the bound attribute; borrowed, or null.
Object* lookup_unbound_method(Object* obj, Str* name);

// container[sub] for list/tuple with an in-range int and exact dicts with a present key; null
// when the general protocol must run. Returns a new reference.
Object* fast_subscript(Object* container, Object* sub);

// next(it) for FOR_ITER: a new reference, or null when exhausted.
Object* iterate_next(Object* it);

// LIST_EXTEND / DICT_UPDATE / DICT_MERGE with their error messages; `func` is the callable a
// `**` argument is passed to.
void list_extend_unpack(List* list, Object* iterable);
void dict_update_unpack(Dict* dict, Object* update);
void dict_merge_kwargs_checked(Dict* dict, Object* update, Object* func);

// UNPACK_SEQUENCE / UNPACK_EX: write the items to out[0..] so that the first item ends on top
// of the stack (out[n-1]). Nothing is written when an error is raised.
void unpack_sequence(Object* seq, uint32_t n, Object** out);
void unpack_ex(Object* seq, uint32_t before, uint32_t after, Object** out);

// FORMAT_VALUE: conversion (FVC_*) then format(value, spec).
Value format_value(Object* value, uint32_t conversion, Object* spec);

// SETUP_ANNOTATIONS.
void setup_annotations(Object* locals);

// CALL_FUNCTION_EX: the positional tuple and keyword dict, with "f() argument after * must be
// an iterable" style errors; and the frame for a Python callee.
Value call_ex_args(Object* callable, Object* args);
Ref<Dict> call_ex_kwargs(Object* callable, Object* kwargs);
Frame* make_call_frame_ex(Function* fn, Tuple* args, Dict* kwargs);

// "f()" / "__main__.A.m()" as used in call error messages (CPython: _PyObject_FunctionStr).
std::string function_str(Object* callable);

}  // namespace al
