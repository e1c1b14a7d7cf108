// "Did you mean" suggestions for NameError / AttributeError (CPython: Python/suggestions.c).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace al {

// The closest candidate to `name` under CPython's rules, or "" when none qualifies.
std::string suggest_name(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace al
