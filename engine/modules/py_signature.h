// Argument binding for native methods that CPython writes in Python (random.Random.randint is a
// `def` in Lib/random.py): the same binding rules and the same TypeError texts as a Python
// function's call, e.g. "Random.randint() missing 1 required positional argument: 'b'".
// CPython: Python/ceval.c positional_only_passed_as_keyword, missing_arguments,
// too_many_positional
#pragma once

#include <cstddef>
#include <initializer_list>

#include "engine/runtime/object.h"

namespace al {

struct PySignature {
  const char* qualname;                            // "Random.randint"
  std::initializer_list<const char*> params;       // positional-or-keyword, after self
  size_t required;                                 // how many leading params have no default
  std::initializer_list<const char*> kwonly = {};  // keyword-only, all with defaults
  size_t posonly = 0;                              // leading params that cannot be keywords
  bool bound = true;                               // a method: self counts in the messages
};

// Fills out[0 .. params + kwonly) with the arguments (null where the default applies) or
// raises TypeError with CPython's text.
void bind_py_args(Args a, const PySignature& sig, Object** out);

// A native method that takes no arguments: "Random.random() takes no arguments (1 given)".
void check_py_no_args(Args a, const char* qualname);

}  // namespace al
