// The builtin exception types (CPython: Objects/exceptions.c).
//
// Index
//   1. Type table and helpers
//   2. BaseException: new/init, repr/str, attributes, methods
//   3. Subtypes with fields: StopIteration, SystemExit, NameError, AttributeError,
//      ImportError, OSError (with errno → subclass mapping), SyntaxError, KeyError,
//      UnicodeError family
//   4. BaseExceptionGroup / ExceptionGroup (subgroup, split, derive)
//   5. Raising helpers and init
#include "engine/runtime/exceptions.h"

#include <cerrno>
#include <vector>

#include "engine/runtime/api.h"
#include "engine/runtime/bytes.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/list.h"
#include "engine/runtime/names.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

namespace exc {
Type *BaseException, *BaseExceptionGroup, *ExceptionGroup, *Exception, *GeneratorExit,
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

// ---------------------------------------------------------------------------------------------
// 1. Type table and helpers
// ---------------------------------------------------------------------------------------------

namespace {

std::vector<Type*>& all_types() {
  static std::vector<Type*> v;
  return v;
}

BaseExceptionObject* as_exc(Object* o) {
  return static_cast<BaseExceptionObject*>(o);
}

template <class L>
Value exc_new(Type* t, Args a) {
  auto o = make<L>(t);
  o->args = tuple_from(a.positional());
  return o;
}

Ref<Tuple> args_of(Object* self) {
  auto* e = as_exc(self);
  return e->args ? e->args : Ref<Tuple>(empty_tuple());
}

}  // namespace

BaseExceptionObject::BaseExceptionObject(Type* t) : Object(t), args(empty_tuple()) {}

BaseExceptionObject* as_exception(Object* o) {
  return is_instance(o, exc::BaseException) ? as_exc(o) : nullptr;
}

bool exception_matches(Object* exc, Type* type) {
  return exc && is_instance(exc, type);
}

std::span<Type* const> all_exception_types() {
  return all_types();
}

// ---------------------------------------------------------------------------------------------
// 2. BaseException
// ---------------------------------------------------------------------------------------------

namespace {

void base_init(Object* self, Args a) {
  if (a.nkw()) raise(exc::TypeError, self->type->name + "() takes no keyword arguments");
  as_exc(self)->args = tuple_from(a.positional());
}

Value base_repr(Object* self) {
  Ref<Tuple> args = args_of(self);
  const std::string& name = self->type->name;
  if (args->size == 1) return str_from(name + "(" + repr(args->items[0])->s + ")");
  return str_from(name + repr(args.get())->s);
}

Value base_str(Object* self) {
  Ref<Tuple> args = args_of(self);
  if (args->size == 0) return str_from("");
  if (args->size == 1) return str(args->items[0]);
  return str(args.get());
}

Value get_args(Object* self) {
  return args_of(self);
}
void set_args(Object* self, Object* v) {
  if (!v) raise(exc::TypeError, "args may not be deleted");
  as_exc(self)->args = tuple_from_iterable(v);
}
Value get_traceback(Object* self) {
  return as_exc(self)->traceback ? as_exc(self)->traceback : none();
}
void set_traceback(Object* self, Object* v) {
  if (!v) raise(exc::TypeError, "__traceback__ may not be deleted");
  as_exc(self)->traceback = v == None ? Value() : Value(v);
}
Value get_cause(Object* self) {
  return as_exc(self)->cause ? as_exc(self)->cause : none();
}
void set_cause(Object* self, Object* v) {
  if (!v) raise(exc::TypeError, "__cause__ may not be deleted");
  if (v != None && !is_instance(v, exc::BaseException)) {
    raise(exc::TypeError, "exception cause must be None or derive from BaseException");
  }
  as_exc(self)->cause = v == None ? Value() : Value(v);
  as_exc(self)->suppress_context = true;
}
Value get_context(Object* self) {
  return as_exc(self)->context ? as_exc(self)->context : none();
}
void set_context(Object* self, Object* v) {
  if (!v) raise(exc::TypeError, "__context__ may not be deleted");
  if (v != None && !is_instance(v, exc::BaseException)) {
    raise(exc::TypeError, "exception context must be None or derive from BaseException");
  }
  as_exc(self)->context = v == None ? Value() : Value(v);
}
Value get_suppress(Object* self) {
  return bool_obj(as_exc(self)->suppress_context);
}
void set_suppress(Object* self, Object* v) {
  if (!v) raise(exc::TypeError, "__suppress_context__ may not be deleted");
  as_exc(self)->suppress_context = truthy(v);
}
Value get_exc_dict(Object* self) {
  return Value(instance_dict(self, true));
}
void set_exc_dict(Object* self, Object* v) {
  if (!v || !is_instance(v, dict_type)) raise(exc::TypeError, "__dict__ must be a dictionary");
  as_exc(self)->dict = Ref<Dict>(static_cast<Dict*>(v));
}

Value m_with_traceback(Object* self, Args a) {
  check_one_arg(a, "with_traceback");
  set_traceback(self, a[0]);
  return Value(self);
}

Value m_add_note(Object* self, Args a) {
  check_one_arg(a, "add_note");
  if (!is_instance(a[0], str_type))
    raise(exc::TypeError, "note must be a str, not '" + tname(a[0]) + "'");
  Value notes = getattr_opt(self, dunder::notes);
  if (!notes) {
    notes = list_new();
    setattr(self, dunder::notes, notes.get());
  } else if (!is_instance(notes.get(), list_type)) {
    raise(exc::TypeError, "Cannot add note: __notes__ is not a list");
  }
  list_append(static_cast<List*>(notes.get()), a[0]);
  return none();
}

Value m_reduce(Object* self, Args) {
  Dict* d = instance_dict(self, false);
  if (d && dict_size(d)) return tuple_from({self->type, args_of(self).get(), d});
  return tuple_from({self->type, args_of(self).get()});
}

// ---------------------------------------------------------------------------------------------
// 3. Subtypes with fields
// ---------------------------------------------------------------------------------------------

void stop_iteration_init(Object* self, Args a) {
  base_init(self, a);
  static_cast<StopIterationObject*>(self)->value = Value(a.npos ? a[0] : None);
}
Value get_si_value(Object* self) {
  return static_cast<StopIterationObject*>(self)->value;
}
void set_si_value(Object* self, Object* v) {
  static_cast<StopIterationObject*>(self)->value = Value(v ? v : None);
}

void system_exit_init(Object* self, Args a) {
  base_init(self, a);
  auto* e = static_cast<SystemExitObject*>(self);
  e->code = a.npos == 0 ? none() : a.npos == 1 ? Value(a[0]) : Value(e->args.get());
}
Value get_code(Object* self) {
  return static_cast<SystemExitObject*>(self)->code;
}
void set_code(Object* self, Object* v) {
  static_cast<SystemExitObject*>(self)->code = Value(v ? v : None);
}

// Splits off the named keyword arguments some exception types accept.
Args take_kwargs(Args a, std::initializer_list<const char*> names, Object** out,
                 const char* fname) {
  std::vector<const char*> nm(names);
  for (size_t i = 0; i < nm.size(); ++i) out[i] = nullptr;
  for (size_t k = 0; k < a.nkw(); ++k) {
    bool found = false;
    for (size_t i = 0; i < nm.size(); ++i) {
      if (a.kw_name(k)->s == nm[i]) {
        out[i] = a.kw_value(k);
        found = true;
      }
    }
    if (!found)
      raise(exc::TypeError,
            "'" + a.kw_name(k)->s + "' is an invalid keyword argument for " + fname + "()");
  }
  return Args{a.items, a.npos, nullptr};
}

void name_error_init(Object* self, Args a) {
  Object* kw[1];
  Args rest = take_kwargs(a, {"name"}, kw, "NameError");
  base_init(self, rest);
  static_cast<NameErrorObject*>(self)->name = Value(kw[0] ? kw[0] : None);
}
Value get_ne_name(Object* self) {
  return static_cast<NameErrorObject*>(self)->name;
}
void set_ne_name(Object* self, Object* v) {
  static_cast<NameErrorObject*>(self)->name = Value(v ? v : None);
}

void attribute_error_init(Object* self, Args a) {
  Object* kw[2];
  Args rest = take_kwargs(a, {"name", "obj"}, kw, "AttributeError");
  base_init(self, rest);
  auto* e = static_cast<AttributeErrorObject*>(self);
  e->name = Value(kw[0] ? kw[0] : None);
  e->obj = Value(kw[1] ? kw[1] : None);
}
Value get_ae_name(Object* self) {
  return static_cast<AttributeErrorObject*>(self)->name;
}
void set_ae_name(Object* self, Object* v) {
  static_cast<AttributeErrorObject*>(self)->name = Value(v ? v : None);
}
Value get_ae_obj(Object* self) {
  return static_cast<AttributeErrorObject*>(self)->obj;
}
void set_ae_obj(Object* self, Object* v) {
  static_cast<AttributeErrorObject*>(self)->obj = Value(v ? v : None);
}

void import_error_init(Object* self, Args a) {
  Object* kw[2];
  Args rest = take_kwargs(a, {"name", "path"}, kw, self->type->name.c_str());
  base_init(self, rest);
  auto* e = static_cast<ImportErrorObject*>(self);
  e->name = Value(kw[0] ? kw[0] : None);
  e->path = Value(kw[1] ? kw[1] : None);
  e->msg = Value(a.npos == 1 ? a[0] : None);
}
Value import_error_str(Object* self) {
  auto* e = static_cast<ImportErrorObject*>(self);
  if (e->msg && e->msg.get() != None) return str(e->msg.get());
  return base_str(self);
}
Value get_ie_msg(Object* self) {
  return static_cast<ImportErrorObject*>(self)->msg;
}
Value get_ie_name(Object* self) {
  return static_cast<ImportErrorObject*>(self)->name;
}
Value get_ie_path(Object* self) {
  return static_cast<ImportErrorObject*>(self)->path;
}

// OSError(errno, strerror) picks the subclass for the errno (CPython: oserror_use_init and
// errnomap).
Type* errno_subclass(int64_t e) {
  switch (e) {
    case EAGAIN:
      return exc::BlockingIOError;
    case EALREADY:
      return exc::BlockingIOError;
    case EINPROGRESS:
      return exc::BlockingIOError;
    case ECHILD:
      return exc::ChildProcessError;
    case EPIPE:
      return exc::BrokenPipeError;
    case ESHUTDOWN:
      return exc::BrokenPipeError;
    case ECONNABORTED:
      return exc::ConnectionAbortedError;
    case ECONNREFUSED:
      return exc::ConnectionRefusedError;
    case ECONNRESET:
      return exc::ConnectionResetError;
    case EEXIST:
      return exc::FileExistsError;
    case ENOENT:
      return exc::FileNotFoundError;
    case EISDIR:
      return exc::IsADirectoryError;
    case ENOTDIR:
      return exc::NotADirectoryError;
    case EINTR:
      return exc::InterruptedError;
    case EACCES:
      return exc::PermissionError;
    case EPERM:
      return exc::PermissionError;
    case ESRCH:
      return exc::ProcessLookupError;
    case ETIMEDOUT:
      return exc::TimeoutError;
    default:
      return nullptr;
  }
}

Value oserror_new(Type* t, Args a) {
  if (t == exc::OSError && a.npos >= 2) {
    int64_t e;
    if (int_as_int64(a[0], e)) {
      if (Type* sub = errno_subclass(e)) t = sub;
    }
  }
  auto o = make<OSErrorObject>(t);
  o->args = tuple_from(a.positional());
  return o;
}

void oserror_init(Object* self, Args a) {
  if (a.nkw()) raise(exc::TypeError, self->type->name + "() takes no keyword arguments");
  auto* e = static_cast<OSErrorObject*>(self);
  e->myerrno = e->strerror = e->filename = e->filename2 = none();
  if (a.npos >= 2 && a.npos <= 5) {
    e->myerrno = Value(a[0]);
    e->strerror = Value(a[1]);
    if (a.npos >= 3) e->filename = Value(a[2]);
    if (a.npos >= 5) e->filename2 = Value(a[4]);
    // args keeps only (errno, strerror) when a filename is given.
    e->args = a.npos >= 3 ? tuple_from({a[0], a[1]}) : tuple_from(a.positional());
  } else {
    e->args = tuple_from(a.positional());
  }
}

Value oserror_str(Object* self) {
  auto* e = static_cast<OSErrorObject*>(self);
  if (e->filename && e->filename.get() != None) {
    std::string s = "[Errno " + str(e->myerrno.get())->s + "] " + str(e->strerror.get())->s + ": " +
                    repr(e->filename.get())->s;
    if (e->filename2 && e->filename2.get() != None) s += " -> " + repr(e->filename2.get())->s;
    return str_from(s);
  }
  if (e->myerrno && e->myerrno.get() != None && e->strerror && e->strerror.get() != None) {
    return str_from("[Errno " + str(e->myerrno.get())->s + "] " + str(e->strerror.get())->s);
  }
  return base_str(self);
}

#define AL_OS_FIELD(getter, setter, field)                          \
  Value getter(Object* self) {                                      \
    auto* e = static_cast<OSErrorObject*>(self);                    \
    return e->field ? e->field : none();                            \
  }                                                                 \
  void setter(Object* self, Object* v) {                            \
    static_cast<OSErrorObject*>(self)->field = Value(v ? v : None); \
  }
AL_OS_FIELD(get_errno, set_errno, myerrno)
AL_OS_FIELD(get_strerror, set_strerror, strerror)
AL_OS_FIELD(get_filename, set_filename, filename)
AL_OS_FIELD(get_filename2, set_filename2, filename2)
#undef AL_OS_FIELD

void syntax_error_init(Object* self, Args a) {
  base_init(self, Args{a.items, a.npos, a.kwnames});
  auto* e = static_cast<SyntaxErrorObject*>(self);
  e->msg = e->filename = e->lineno = e->offset = e->text = e->end_lineno = e->end_offset = none();
  e->print_file_and_line = none();
  if (a.npos >= 1) e->msg = Value(a[0]);
  if (a.npos == 2) {
    Ref<Tuple> info = tuple_from_iterable(a[1]);
    if (info->size < 4 || info->size > 6) {
      raise(exc::IndexError, "tuple index out of range");
    }
    e->filename = Value(info->items[0]);
    e->lineno = Value(info->items[1]);
    e->offset = Value(info->items[2]);
    e->text = Value(info->items[3]);
    if (info->size > 4) e->end_lineno = Value(info->items[4]);
    if (info->size > 5) e->end_offset = Value(info->items[5]);
  }
}

Value syntax_error_str(Object* self) {
  auto* e = static_cast<SyntaxErrorObject*>(self);
  std::string msg = str(e->msg ? e->msg.get() : None)->s;
  bool have_file = e->filename && is_instance(e->filename.get(), str_type);
  bool have_line = e->lineno && is_instance(e->lineno.get(), int_type);
  std::string file;
  if (have_file) {
    file = static_cast<Str*>(e->filename.get())->s;
    size_t slash = file.rfind('/');
    if (slash != std::string::npos) file = file.substr(slash + 1);
  }
  if (have_file && have_line)
    return str_from(msg + " (" + file + ", line " + str(e->lineno.get())->s + ")");
  if (have_file) return str_from(msg + " (" + file + ")");
  if (have_line) return str_from(msg + " (line " + str(e->lineno.get())->s + ")");
  return str_from(msg);
}

#define AL_SE_FIELD(getter, setter, field)                              \
  Value getter(Object* self) {                                          \
    auto* e = static_cast<SyntaxErrorObject*>(self);                    \
    return e->field ? e->field : none();                                \
  }                                                                     \
  void setter(Object* self, Object* v) {                                \
    static_cast<SyntaxErrorObject*>(self)->field = Value(v ? v : None); \
  }
AL_SE_FIELD(get_se_msg, set_se_msg, msg)
AL_SE_FIELD(get_se_filename, set_se_filename, filename)
AL_SE_FIELD(get_se_lineno, set_se_lineno, lineno)
AL_SE_FIELD(get_se_offset, set_se_offset, offset)
AL_SE_FIELD(get_se_text, set_se_text, text)
AL_SE_FIELD(get_se_end_lineno, set_se_end_lineno, end_lineno)
AL_SE_FIELD(get_se_end_offset, set_se_end_offset, end_offset)
AL_SE_FIELD(get_se_pfl, set_se_pfl, print_file_and_line)
#undef AL_SE_FIELD

Value key_error_str(Object* self) {
  Ref<Tuple> args = args_of(self);
  if (args->size == 1) return repr(args->items[0]);
  return base_str(self);
}

Value unicode_decode_error_str(Object* self) {
  Ref<Tuple> args = args_of(self);
  if (args->size != 5) return base_str(self);
  std::string enc = str(args->items[0])->s;
  int64_t start = 0, end = 0;
  int_as_int64(args->items[2], start);
  int_as_int64(args->items[3], end);
  std::string reason = str(args->items[4])->s;
  std::string data = is_instance(args->items[1], bytes_type) ? bytes_like_data(args->items[1]) : "";
  char buf[64];
  if (end == start + 1 && start >= 0 && size_t(start) < data.size()) {
    std::snprintf(buf, sizeof buf, "0x%02x", static_cast<unsigned char>(data[size_t(start)]));
    return str_from("'" + enc + "' codec can't decode byte " + buf + " in position " +
                    std::to_string(start) + ": " + reason);
  }
  return str_from("'" + enc + "' codec can't decode bytes in position " + std::to_string(start) +
                  "-" + std::to_string(end - 1) + ": " + reason);
}

Value unicode_encode_error_str(Object* self) {
  Ref<Tuple> args = args_of(self);
  if (args->size != 5) return base_str(self);
  std::string enc = str(args->items[0])->s;
  int64_t start = 0, end = 0;
  int_as_int64(args->items[2], start);
  int_as_int64(args->items[3], end);
  std::string reason = str(args->items[4])->s;
  auto* s = static_cast<Str*>(args->items[1]);
  if (end == start + 1 && is_instance(s, str_type) && start < s->length) {
    uint32_t cp = str_char_at(s, start);
    char buf[32];
    if (cp <= 0xff) {
      std::snprintf(buf, sizeof buf, "'\\x%02x'", cp);
    } else if (cp <= 0xffff) {
      std::snprintf(buf, sizeof buf, "'\\u%04x'", cp);
    } else {
      std::snprintf(buf, sizeof buf, "'\\U%08x'", cp);
    }
    return str_from("'" + enc + "' codec can't encode character " + buf + " in position " +
                    std::to_string(start) + ": " + reason);
  }
  return str_from("'" + enc + "' codec can't encode characters in position " +
                  std::to_string(start) + "-" + std::to_string(end - 1) + ": " + reason);
}

// ---------------------------------------------------------------------------------------------
// 4. Exception groups
// ---------------------------------------------------------------------------------------------

BaseExceptionGroupObject* as_group(Object* o) {
  return static_cast<BaseExceptionGroupObject*>(o);
}

Value group_new(Type* t, Args a) {
  if (a.nkw()) raise(exc::TypeError, t->name + "() takes no keyword arguments");
  if (a.npos != 2) {
    raise(exc::TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (" +
                              std::to_string(a.npos) + " given)");
  }
  if (!is_instance(a[0], str_type)) {
    raise(exc::TypeError,
          "BaseExceptionGroup.__new__() argument 1 must be str, not " + tname(a[0]));
  }
  Object* seq = a[1];
  if (!seq->type->getitem || is_instance(seq, dict_type) || is_instance(seq, set_type)) {
    raise(exc::TypeError, "second argument (exceptions) must be a sequence");
  }
  Ref<Tuple> excs = tuple_from_iterable(seq);
  if (excs->size == 0)
    raise(exc::ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool nested_base = false;
  for (size_t i = 0; i < excs->size; ++i) {
    if (!is_instance(excs->items[i], exc::BaseException)) {
      raise(exc::ValueError,
            "Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
    }
    if (!is_instance(excs->items[i], exc::Exception)) nested_base = true;
  }
  if (t == exc::BaseExceptionGroup) {
    if (!nested_base) t = exc::ExceptionGroup;
  } else if (t == exc::ExceptionGroup) {
    if (nested_base) raise(exc::TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (nested_base && t->is_subtype_of(exc::Exception)) {
    raise(exc::TypeError, "Cannot nest BaseExceptions in '" + t->name + "'");
  }
  auto o = make<BaseExceptionGroupObject>(t);
  o->args = tuple_from(a.positional());
  o->msg = Value(a[0]);
  o->excs = excs;
  return o;
}

void group_init(Object* self, Args a) {
  if (a.nkw()) raise(exc::TypeError, self->type->name + "() takes no keyword arguments");
  as_exc(self)->args = tuple_from(a.positional());
}

Value group_str(Object* self) {
  auto* g = as_group(self);
  size_t n = g->excs ? g->excs->size : 0;
  return str_from(str(g->msg ? g->msg.get() : None)->s + " (" + std::to_string(n) +
                  " sub-exception" + (n == 1 ? "" : "s") + ")");
}

Value get_message(Object* self) {
  return as_group(self)->msg;
}
Value get_exceptions(Object* self) {
  return Value(as_group(self)->excs.get());
}

Value m_derive(Object* self, Args a) {
  check_one_arg(a, "derive");
  Object* args[2] = {as_group(self)->msg.get(), a[0]};
  return call(exc::BaseExceptionGroup, std::span<Object* const>(args, 2));
}

// Copies __traceback__, __cause__, __context__ and __notes__ onto a derived group
// (CPython: exceptiongroup_subset).
void copy_group_metadata(Object* orig, Object* derived) {
  auto* o = as_exc(orig);
  auto* d = as_exc(derived);
  d->traceback = o->traceback;
  d->cause = o->cause;
  d->context = o->context;
  d->suppress_context = o->suppress_context;
  if (Value notes = getattr_opt(orig, dunder::notes)) setattr(derived, dunder::notes, notes.get());
}

bool matches(Object* e, Object* cond) {
  if (is_instance(cond, type_type) || is_instance(cond, tuple_type)) return isinstance(e, cond);
  return truthy(call(cond, {e}).get());
}

void check_condition(Object* cond) {
  bool ok = is_callable(cond) || (is_instance(cond, type_type) &&
                                  static_cast<Type*>(cond)->is_subtype_of(exc::BaseException));
  if (is_instance(cond, tuple_type)) {
    ok = true;
    for (Object* c : static_cast<Tuple*>(cond)->span()) {
      if (!is_instance(c, type_type) || !static_cast<Type*>(c)->is_subtype_of(exc::BaseException))
        ok = false;
    }
  }
  if (!ok) raise(exc::TypeError, "expected a function, exception type or tuple of exception types");
}

// CPython: exceptiongroup_split_recursive. Returns (match, rest); either may be null.
std::pair<Value, Value> split_recursive(Object* exc, Object* cond, bool construct_rest) {
  if (matches(exc, cond)) return {Value(exc), nullptr};
  if (!is_instance(exc, exc::BaseExceptionGroup))
    return {nullptr, construct_rest ? Value(exc) : Value()};
  auto* g = as_group(exc);
  std::vector<Value> match_list, rest_list;
  for (Object* e : g->excs->span()) {
    auto [m, r] = split_recursive(e, cond, construct_rest);
    if (m) match_list.push_back(m);
    if (r) rest_list.push_back(r);
  }
  auto build = [&](std::vector<Value>& items) -> Value {
    if (items.empty()) return nullptr;
    Ref<List> l = list_from_values(items);
    Value derived = call_method(exc, "derive", {l.get()});
    if (!is_instance(derived.get(), exc::BaseExceptionGroup)) {
      raise(exc::TypeError, "derive must return an instance of BaseExceptionGroup");
    }
    copy_group_metadata(exc, derived.get());
    return derived;
  };
  Value m = build(match_list);
  Value r = construct_rest ? build(rest_list) : Value();
  return {m, r};
}

Value m_split(Object* self, Args a) {
  check_one_arg(a, "split");
  check_condition(a[0]);
  auto [m, r] = split_recursive(self, a[0], true);
  return tuple_from({m ? m.get() : None, r ? r.get() : None});
}

Value m_subgroup(Object* self, Args a) {
  check_one_arg(a, "subgroup");
  check_condition(a[0]);
  auto [m, r] = split_recursive(self, a[0], false);
  return m ? m : none();
}

Value m_class_getitem(Object* cls, Args) {
  return Value(cls);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// 5. Raising helpers and init
// ---------------------------------------------------------------------------------------------

Value new_exception_args(Type* type, std::span<Object* const> args) {
  return call(type, args);
}

Value new_exception(Type* type, std::string message) {
  if (message.empty() &&
      (type == exc::StopIteration || type == exc::StopAsyncIteration || type == exc::KeyError ||
       type == exc::MemoryError || type == exc::GeneratorExit || type == exc::KeyboardInterrupt)) {
    return call(type, {});
  }
  Ref<Str> m = str_from(std::move(message));
  return call(type, {m.get()});
}

void raise_stop_iteration(Object* value) {
  if (!value || value == None) raise(call(exc::StopIteration, {}));
  raise(call(exc::StopIteration, {value}));
}

Value make_key_error(Object* key) {
  return call(exc::KeyError, {key});
}

void raise_key_error(Object* key) {
  raise(make_key_error(key));
}

namespace {
Value attribute_error_with(Object* obj, Str* name, std::string message) {
  Value e = new_exception(exc::AttributeError, std::move(message));
  auto* ae = static_cast<AttributeErrorObject*>(e.get());
  ae->name = Value(name);
  ae->obj = Value(obj);
  return e;
}
}  // namespace

Value make_attribute_error(Object* obj, Str* name) {
  if (is_instance(obj, type_type)) {
    return attribute_error_with(
        obj, name,
        "type object '" + static_cast<Type*>(obj)->name + "' has no attribute '" + name->s + "'");
  }
  if (is_instance(obj, module_type)) {
    Value mod_name = getattr_opt(obj, dunder::name);
    std::string n = mod_name && is_instance(mod_name.get(), str_type)
                        ? static_cast<Str*>(mod_name.get())->s
                        : "?";
    return attribute_error_with(obj, name, "module '" + n + "' has no attribute '" + name->s + "'");
  }
  return attribute_error_with(
      obj, name, "'" + obj->type->name + "' object has no attribute '" + name->s + "'");
}

void raise_attribute_error(Object* obj, Str* name, std::string message) {
  raise(attribute_error_with(obj, name, std::move(message)));
}

void raise_name_error(Str* name, std::string message) {
  Value e = new_exception(exc::NameError, std::move(message));
  static_cast<NameErrorObject*>(e.get())->name = Value(name);
  raise(e);
}

void raise_memory_error() {
  raise(call(exc::MemoryError, {}));
}
void raise_type_error(std::string message) {
  raise(exc::TypeError, std::move(message));
}
void raise_value_error(std::string message) {
  raise(exc::ValueError, std::move(message));
}

Value stop_iteration_value(Object* e) {
  if (is_instance(e, exc::StopIteration)) {
    auto* s = static_cast<StopIterationObject*>(e);
    return s->value ? s->value : none();
  }
  return none();
}

Ref<Str> exception_str(Object* e) {
  return str(e);
}

namespace {

Type* def(Type*& slot, const char* name, Type* base, Value (*new_fn)(Type*, Args) = nullptr) {
  Type* t = new_builtin_type(name, base);
  t->has_instance_dict = true;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  t->dict_offset = uint32_t(offsetof(BaseExceptionObject, dict));
#pragma GCC diagnostic pop
  if (new_fn) t->new_instance = new_fn;
  slot = t;
  all_types().push_back(t);
  return t;
}

void ready(Type* t, void (*init)(Object*, Args) = nullptr, Value (*s)(Object*) = nullptr) {
  if (init) t->init = init;
  if (s) t->str = s;
  t->ready();
}

}  // namespace

void init_exception_types() {
  using namespace exc;
  def(BaseException, "BaseException", object_type, exc_new<BaseExceptionObject>);
  BaseException->init = base_init;
  BaseException->repr = base_repr;
  BaseException->str = base_str;
  BaseException->ready();
  add_method(BaseException, "with_traceback", m_with_traceback);
  add_method(BaseException, "add_note", m_add_note);
  add_method(BaseException, "__reduce__", m_reduce);
  add_getset(BaseException, "args", get_args, set_args);
  add_getset(BaseException, "__traceback__", get_traceback, set_traceback);
  add_getset(BaseException, "__cause__", get_cause, set_cause);
  add_getset(BaseException, "__context__", get_context, set_context);
  add_getset(BaseException, "__suppress_context__", get_suppress, set_suppress);
  add_getset(BaseException, "__dict__", get_exc_dict, set_exc_dict);

  ready(def(Exception, "Exception", BaseException));
  ready(def(TypeError, "TypeError", Exception));
  ready(def(StopAsyncIteration, "StopAsyncIteration", Exception));
  ready(def(StopIteration, "StopIteration", Exception, exc_new<StopIterationObject>),
        stop_iteration_init);
  add_getset(StopIteration, "value", get_si_value, set_si_value);
  ready(def(GeneratorExit, "GeneratorExit", BaseException));
  ready(def(SystemExit, "SystemExit", BaseException, exc_new<SystemExitObject>), system_exit_init);
  add_getset(SystemExit, "code", get_code, set_code);
  ready(def(KeyboardInterrupt, "KeyboardInterrupt", BaseException));
  ready(def(ImportError, "ImportError", Exception, exc_new<ImportErrorObject>), import_error_init,
        import_error_str);
  add_getset(ImportError, "msg", get_ie_msg);
  add_getset(ImportError, "name", get_ie_name);
  add_getset(ImportError, "path", get_ie_path);
  ready(def(ModuleNotFoundError, "ModuleNotFoundError", ImportError));
  ready(def(OSError, "OSError", Exception, oserror_new), oserror_init, oserror_str);
  add_getset(OSError, "errno", get_errno, set_errno);
  add_getset(OSError, "strerror", get_strerror, set_strerror);
  add_getset(OSError, "filename", get_filename, set_filename);
  add_getset(OSError, "filename2", get_filename2, set_filename2);
  ready(def(EOFError, "EOFError", Exception));
  ready(def(RuntimeError, "RuntimeError", Exception));
  ready(def(RecursionError, "RecursionError", RuntimeError));
  ready(def(NotImplementedError, "NotImplementedError", RuntimeError));
  ready(def(NameError, "NameError", Exception, exc_new<NameErrorObject>), name_error_init);
  add_getset(NameError, "name", get_ne_name, set_ne_name);
  ready(def(UnboundLocalError, "UnboundLocalError", NameError));
  ready(def(AttributeError, "AttributeError", Exception, exc_new<AttributeErrorObject>),
        attribute_error_init);
  add_getset(AttributeError, "name", get_ae_name, set_ae_name);
  add_getset(AttributeError, "obj", get_ae_obj, set_ae_obj);
  ready(def(SyntaxError, "SyntaxError", Exception, exc_new<SyntaxErrorObject>), syntax_error_init,
        syntax_error_str);
  add_getset(SyntaxError, "msg", get_se_msg, set_se_msg);
  add_getset(SyntaxError, "filename", get_se_filename, set_se_filename);
  add_getset(SyntaxError, "lineno", get_se_lineno, set_se_lineno);
  add_getset(SyntaxError, "offset", get_se_offset, set_se_offset);
  add_getset(SyntaxError, "text", get_se_text, set_se_text);
  add_getset(SyntaxError, "end_lineno", get_se_end_lineno, set_se_end_lineno);
  add_getset(SyntaxError, "end_offset", get_se_end_offset, set_se_end_offset);
  add_getset(SyntaxError, "print_file_and_line", get_se_pfl, set_se_pfl);
  ready(def(IndentationError, "IndentationError", SyntaxError));
  ready(def(TabError, "TabError", IndentationError));
  ready(def(LookupError, "LookupError", Exception));
  ready(def(IndexError, "IndexError", LookupError));
  ready(def(KeyError, "KeyError", LookupError), nullptr, key_error_str);
  ready(def(ValueError, "ValueError", Exception));
  ready(def(UnicodeError, "UnicodeError", ValueError));
  ready(def(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError), nullptr,
        unicode_encode_error_str);
  ready(def(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError), nullptr,
        unicode_decode_error_str);
  ready(def(UnicodeTranslateError, "UnicodeTranslateError", UnicodeError));
  ready(def(AssertionError, "AssertionError", Exception));
  ready(def(ArithmeticError, "ArithmeticError", Exception));
  ready(def(FloatingPointError, "FloatingPointError", ArithmeticError));
  ready(def(OverflowError, "OverflowError", ArithmeticError));
  ready(def(ZeroDivisionError, "ZeroDivisionError", ArithmeticError));
  ready(def(SystemError, "SystemError", Exception));
  ready(def(ReferenceError, "ReferenceError", Exception));
  ready(def(MemoryError, "MemoryError", Exception));
  ready(def(BufferError, "BufferError", Exception));
  ready(def(ConnectionError, "ConnectionError", OSError));
  ready(def(BlockingIOError, "BlockingIOError", OSError));
  ready(def(BrokenPipeError, "BrokenPipeError", ConnectionError));
  ready(def(ChildProcessError, "ChildProcessError", OSError));
  ready(def(ConnectionAbortedError, "ConnectionAbortedError", ConnectionError));
  ready(def(ConnectionRefusedError, "ConnectionRefusedError", ConnectionError));
  ready(def(ConnectionResetError, "ConnectionResetError", ConnectionError));
  ready(def(FileExistsError, "FileExistsError", OSError));
  ready(def(FileNotFoundError, "FileNotFoundError", OSError));
  ready(def(IsADirectoryError, "IsADirectoryError", OSError));
  ready(def(NotADirectoryError, "NotADirectoryError", OSError));
  ready(def(InterruptedError, "InterruptedError", OSError));
  ready(def(PermissionError, "PermissionError", OSError));
  ready(def(ProcessLookupError, "ProcessLookupError", OSError));
  ready(def(TimeoutError, "TimeoutError", OSError));
  ready(def(Warning, "Warning", Exception));
  ready(def(UserWarning, "UserWarning", Warning));
  ready(def(EncodingWarning, "EncodingWarning", Warning));
  ready(def(DeprecationWarning, "DeprecationWarning", Warning));
  ready(def(PendingDeprecationWarning, "PendingDeprecationWarning", Warning));
  ready(def(SyntaxWarning, "SyntaxWarning", Warning));
  ready(def(RuntimeWarning, "RuntimeWarning", Warning));
  ready(def(FutureWarning, "FutureWarning", Warning));
  ready(def(ImportWarning, "ImportWarning", Warning));
  ready(def(UnicodeWarning, "UnicodeWarning", Warning));
  ready(def(BytesWarning, "BytesWarning", Warning));
  ready(def(ResourceWarning, "ResourceWarning", Warning));

  def(BaseExceptionGroup, "BaseExceptionGroup", BaseException, group_new);
  BaseExceptionGroup->init = group_init;
  BaseExceptionGroup->str = group_str;
  BaseExceptionGroup->ready();
  add_getset(BaseExceptionGroup, "message", get_message);
  add_getset(BaseExceptionGroup, "exceptions", get_exceptions);
  add_method(BaseExceptionGroup, "derive", m_derive);
  add_method(BaseExceptionGroup, "split", m_split);
  add_method(BaseExceptionGroup, "subgroup", m_subgroup);
  add_classmethod(BaseExceptionGroup, "__class_getitem__", m_class_getitem);
  def(ExceptionGroup, "ExceptionGroup", BaseExceptionGroup);
  ExceptionGroup->bases = tuple_from({BaseExceptionGroup, Exception});
  ExceptionGroup->ready();
}

}  // namespace al
