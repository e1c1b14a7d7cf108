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

// Prepends an entry for `frame` at instruction `lasti` to exc.__traceback__ (CPython:
// PyTraceBack_Here).
void traceback_here(Object* exc, Frame* frame, int lasti);

// The complete text CPython 3.11 prints for an uncaught exception (sys.excepthook):
// chained exceptions, "Traceback (most recent call last):", frames with source lines and
// carets, exception groups, and the final "Type: message" line.
std::string format_exception(Object* exc);
// Only the "Type: message" line(s) for an exception, with notes and suggestions
// (traceback.format_exception_only).
std::string format_exception_only(Object* exc);
// The frames of a traceback chain as traceback.format_tb would print them.
std::string format_tb(Object* tb);

// "Exception ignored in: <obj>" plus the traceback and the exception line, to stderr
// (CPython: Python/errors.c PyErr_WriteUnraisable with the default sys.unraisablehook).
void write_unraisable(Object* obj, Object* exc);

void init_traceback_types();

}  // namespace al
