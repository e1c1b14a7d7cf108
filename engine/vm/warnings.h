// Warnings as CPython's warnings module issues them with its default filters (CPython:
// Python/_warnings.c, Lib/warnings.py _formatwarnmsg_impl).
//
// The default action prints a warning once per (message, category, line) of the module it is
// attributed to; DeprecationWarning outside __main__, PendingDeprecationWarning, ImportWarning
// and ResourceWarning are ignored. Text goes to the interpreter's stderr sink.
#pragma once

#include <string>

#include "engine/runtime/object.h"

namespace al {

// Attributes the warning to the frame `stacklevel` levels up (1: the running Python frame).
// `source` is the object the warning is about (coroutines): it adds the tracemalloc hint line.
// Raises the warning as an exception when the "error" filter applies.
void warn(Type* category, const std::string& message, int stacklevel = 1, Object* source = nullptr);

// The filter actions of warnings.simplefilter; the last call wins for matching categories.
enum class WarnAction { Default, Error, Ignore, Always, Module, Once };
void warnings_simplefilter(WarnAction action, Type* category, bool append = false);
void warnings_reset();

}  // namespace al
