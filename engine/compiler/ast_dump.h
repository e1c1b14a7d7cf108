// Text of an AST exactly as Python 3.11's `ast.dump` writes it (tests compare with python3).
#pragma once

#include <optional>
#include <string>

#include "engine/compiler/ast.h"

namespace al::ast {

// ast.dump(node, annotate_fields=True, include_attributes=..., indent=...).
std::string dump(const Node& node, bool include_attributes = true,
                 std::optional<int> indent = std::nullopt);

// Python's repr() of a constant value (str, bytes, int, float, ...), and of a str.
std::string constant_repr(const ConstantValue& value);
std::string str_repr(const std::string& utf8);

}  // namespace al::ast
