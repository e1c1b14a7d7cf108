// Traceback objects and CPython 3.11's exception display (CPython: Python/traceback.c,
// Python/pythonrun.c print_exception, Lib/traceback.py).
//
// A Traceback records one frame an exception passed through: the code, the instruction and
// its line. As in CPython the newest entry (outermost frame) is the head and tb_next leads
// towards the frame where the exception was raised.
#pragma once

#include <string>

#include "engine/runtime/object.h"
#include "engine/vm/code.h"

namespace al {

struct Frame;

struct Traceback : Object {
  Ref<Traceback> next;
  Ref<Code> code;
  Ref<Dict> globals;  // for tb_frame.f_globals
  int lasti;          // instruction index, -1 before the first instruction
  int lineno;
  explicit Traceback(Type* t) : Object(t) {}
};

extern Type* traceback_type;
extern Type* frame_summary_type;  // tb.tb_frame: f_code, f_lineno, f_globals, f_back (None)

// A frame object for Python code (gen.gi_frame, sys._getframe()): a snapshot of the frame's
// code, globals, line and locals, with the chain of callers when `with_back` is set.
Value frame_snapshot(Frame* frame, bool with_back);

// Prepends an entry for `frame` at instruction `lasti` to exc.__traceback__ (CPython:
// PyTraceBack_Here).
void traceback_here(Object* exc, Frame* frame, int lasti);

// Interpreter: CPython's C printer (sys.excepthook, uncaught exceptions): source lines keep
// trailing blanks, indentation errors get one caret. Module: Lib/traceback.py (print_exc and
// friends): source lines are stripped on both sides, SyntaxError carets span end_offset.
enum class TracebackStyle { Interpreter, Module };

// The complete text printed for an exception: chained exceptions, "Traceback (most recent
// call last):", frames with source lines and carets, exception groups, the final line.
std::string format_exception(Object* exc, TracebackStyle style = TracebackStyle::Interpreter);
// Only the "Type: message" line(s) for an exception, with notes and suggestions.
std::string format_exception_only(Object* exc, TracebackStyle style = TracebackStyle::Interpreter);
// The frames of a traceback chain.
std::string format_tb(Object* tb, TracebackStyle style = TracebackStyle::Interpreter);

// "Exception ignored in: <obj>" plus the traceback and the exception line, to stderr
// (CPython: Python/errors.c PyErr_WriteUnraisable with the default sys.unraisablehook).
void write_unraisable(Object* obj, Object* exc);

void init_traceback_types();

}  // namespace al
