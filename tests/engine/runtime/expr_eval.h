// A tiny evaluator for the Python expressions the generated case tables use: literals,
// displays, names from the builtins module, attribute access, calls with keywords and the
// arithmetic/bitwise operators. Every operation goes through al_runtime, so evaluating the inputs
// also exercises the runtime.
#pragma once

#include <string>
#include <string_view>

#include "engine/runtime/object.h"

namespace al::testing {

Value eval_expr(std::string_view text);
// "ExceptionName: message", the format gen_cases.py records.
std::string exception_text(const PyException& e);

}  // namespace al::testing
