// The builtin exception hierarchy of CPython 3.11 (CPython: Objects/exceptions.c).
//
// Every exception instance is a BaseExceptionObject (or one of the subclasses below that carry
// extra fields); user subclasses reuse their base's layout plus the instance dict.
#pragma once

#include <string>

#include "engine/runtime/object.h"

namespace al {

struct BaseExceptionObject : Object {
  Ref<Tuple> args;
  Value traceback;  // the VM's traceback object or null
  Value cause;      // __cause__ (null: None)
  Value context;    // __context__ (null: None)
  bool suppress_context = false;
  Value notes;     // __notes__ list or null
  Ref<Dict> dict;  // instance __dict__, created on demand
  explicit BaseExceptionObject(Type* t);
};

struct StopIterationObject : BaseExceptionObject {
  Value value;
  using BaseExceptionObject::BaseExceptionObject;
};

struct SystemExitObject : BaseExceptionObject {
  Value code;
  using BaseExceptionObject::BaseExceptionObject;
};

struct NameErrorObject : BaseExceptionObject {
  Value name;
  using BaseExceptionObject::BaseExceptionObject;
};

struct AttributeErrorObject : BaseExceptionObject {
  Value name;
  Value obj;
  using BaseExceptionObject::BaseExceptionObject;
};

struct ImportErrorObject : BaseExceptionObject {
  Value msg, name, path;
  using BaseExceptionObject::BaseExceptionObject;
};

struct OSErrorObject : BaseExceptionObject {
  Value myerrno, strerror, filename, filename2;
  using BaseExceptionObject::BaseExceptionObject;
};

struct SyntaxErrorObject : BaseExceptionObject {
  Value msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line;
  using BaseExceptionObject::BaseExceptionObject;
};

struct BaseExceptionGroupObject : BaseExceptionObject {
  Value msg;
  Ref<Tuple> excs;
  using BaseExceptionObject::BaseExceptionObject;
};

namespace exc {
extern Type *BaseException, *BaseExceptionGroup, *ExceptionGroup, *Exception, *GeneratorExit,
    *KeyboardInterrupt, *SystemExit, *ArithmeticError, *FloatingPointError, *OverflowError,
    *ZeroDivisionError, *AssertionError, *AttributeError, *BufferError, *EOFError, *ImportError,
    *ModuleNotFoundError, *LookupError, *IndexError, *KeyError, *MemoryError, *NameError,
    *UnboundLocalError, *OSError, *BlockingIOError, *ChildProcessError, *ConnectionError,
    *BrokenPipeError, *ConnectionAbortedError, *ConnectionRefusedError, *ConnectionResetError,
    *FileExistsError, *FileNotFoundError, *InterruptedError, *IsADirectoryError,
    *NotADirectoryError, *PermissionError, *ProcessLookupError, *TimeoutError, *ReferenceError,
    *RuntimeError, *NotImplementedError, *RecursionError, *StopAsyncIteration, *StopIteration,
    *SyntaxError, *IndentationError, *TabError, *SystemError, *TypeError, *ValueError,
    *UnicodeError, *UnicodeDecodeError, *UnicodeEncodeError, *UnicodeTranslateError, *Warning,
    *BytesWarning, *DeprecationWarning, *EncodingWarning, *FutureWarning, *ImportWarning,
    *PendingDeprecationWarning, *ResourceWarning, *RuntimeWarning, *SyntaxWarning, *UnicodeWarning,
    *UserWarning;
}  // namespace exc

// Every builtin exception type, in definition order, with its Python name (for the builtins
// module).
std::span<Type* const> all_exception_types();

// An instance of `type` with args (message,) — or () when message is empty and
// `empty_args` is set.
Value new_exception(Type* type, std::string message);
// type(*args): runs the type's constructor (works for user subclasses too).
Value new_exception_args(Type* type, std::span<Object* const> args);
BaseExceptionObject* as_exception(Object* o);  // null when not an exception instance

// The exception objects for the two errors hot loops hit most ("d[k]" misses, attribute
// misses), built without throwing: a C++ throw costs microseconds, so the VM can look up with
// dict_get / getattr_opt and raise these at the Python level instead.
Value make_key_error(Object* key);
Value make_attribute_error(Object* obj, Str* name);  // module/type/instance wording

// Raising helpers with CPython's exact messages and attributes.
[[noreturn]] void raise_stop_iteration(Object* value);
[[noreturn]] void raise_key_error(Object* key);
[[noreturn]] void raise_attribute_error(Object* obj, Str* name, std::string message);
[[noreturn]] void raise_name_error(Str* name, std::string message);
[[noreturn]] void raise_memory_error();
[[noreturn]] void raise_type_error(std::string message);
[[noreturn]] void raise_value_error(std::string message);

// The value carried by a StopIteration (None when absent).
Value stop_iteration_value(Object* exc);
// str(exc) exactly as CPython (KeyError uses repr of its single argument, etc.).
Ref<Str> exception_str(Object* exc);
// True when `exc` is an instance of `type` (handles subclasses).
bool exception_matches(Object* exc, Type* type);

void init_exception_types();

}  // namespace al
