// Iterator objects of the builtin types and the iterator builtins (CPython:
// Objects/iterobject.c, enumobject.c, Python/bltinmodule.c zip/map/filter).
#pragma once

#include "engine/runtime/object.h"

namespace al {

// Iterates any object with __getitem__ (the legacy sequence protocol).
Value seq_iter_new(Object* seq);
// iter(callable, sentinel).
Value callable_iter_new(Object* callable, Object* sentinel);

extern Type* seq_iter_type;
extern Type* callable_iter_type;
extern Type* enumerate_type;
extern Type* zip_type;
extern Type* map_type;
extern Type* filter_type;
extern Type* reversed_type;

void init_iterator_types();

}  // namespace al
