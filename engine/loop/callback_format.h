// How asyncio names callbacks in reprs and log messages (CPython: Lib/asyncio/format_helpers.py
// and Lib/reprlib.py): `<Handle cb(1, 'x') at demo.py:4>`, `cb=[Task.task_wakeup()]`.
#pragma once

#include <span>
#include <string>

#include "engine/runtime/object.h"

namespace al {

// CPython: reprlib.repr (maxstring 30, maxother 30, maxlist/maxtuple 6, maxdict 4, maxlevel 6).
std::string reprlib_repr(Object* o);

// CPython: format_helpers._format_callback: "qualname(args)" (functools.partial unwrapped).
std::string format_callback(Object* func, std::span<Object* const> args);

// CPython: format_helpers._format_callback_source: format_callback plus " at FILE:LINE" for
// Python functions.
std::string format_callback_source(Object* func, std::span<Object* const> args);

// CPython: format_helpers._get_function_source as "FILE:LINE", or "" when func has no source.
std::string function_source(Object* func);

}  // namespace al
