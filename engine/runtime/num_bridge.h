// Calls into al_numeric (pure C++ algorithms that throw al::num::Error) and turns their errors
// into Python exceptions with the same type and message.
#pragma once

#include <utility>

#include "engine/runtime/numeric/errors.h"
#include "engine/runtime/object.h"

namespace al {

[[noreturn]] void raise_num_error(const num::Error& e);

// num_call([&] { return num::parse_int(text, base); })
template <class F>
auto num_call(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const num::Error& e) {
    raise_num_error(e);
  }
}

}  // namespace al
