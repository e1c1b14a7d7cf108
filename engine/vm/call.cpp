// Calls into Python code: argument binding (CPython: ceval.c initialize_locals and its error
// helpers), frame entry/exit bookkeeping, call_python for native callers, run_code.
//
// Index
//   1. Thread state, recursion accounting, the native stack guard, enter/leave_frame
//   2. Argument binding and its TypeError messages
//   3. call_python and run_code
#include <pthread.h>

#include <string>
#include <vector>

#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/types.h"
#include "engine/vm/eval.h"
#include "engine/vm/eval_internal.h"
#include "engine/vm/function.h"

namespace al {

// ---------------------------------------------------------------------------------------------
// 1. Thread state, recursion, frame entry and exit
// ---------------------------------------------------------------------------------------------

VMState& vmstate() {
  static thread_local VMState state;
  return state;
}

Object* current_handled_exception() {
  for (ExcInfo* ei = vmstate().exc_info; ei; ei = ei->previous) {
    if (ei->exc && ei->exc.get() != None) return ei->exc.get();
  }
  return nullptr;
}

namespace {
// interp() guards a function-local static; the frame push/pop paths read it through a plain
// pointer set on first use instead.
Interp* g_interp = nullptr;
inline Interp& fast_interp() {
  if (!g_interp) g_interp = &interp();
  return *g_interp;
}
}  // namespace

void enter_recursive_call(const char* where) {
  Interp& in = fast_interp();
  if (++in.recursion_depth > in.recursion_limit) {
    --in.recursion_depth;
    raise(exc::RecursionError, std::string("maximum recursion depth exceeded") + where);
  }
}

namespace {

// The lowest usable address of this thread's C++ stack (plus a safety margin): native code
// re-entering the VM (sorted's key=, __init__ of nested objects...) nests eval_frame calls, and
// with a raised recursion limit those could exhaust even the 512 MiB stack of run_file.
const char* stack_limit() {
  static thread_local const char* limit = [] {
    pthread_attr_t attr;
    void* addr = nullptr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return static_cast<const char*>(nullptr);
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    constexpr size_t kMargin = size_t(1) << 20;
    return size > 2 * kMargin ? static_cast<const char*>(addr) + kMargin
                              : static_cast<const char*>(addr);
  }();
  return limit;
}

}  // namespace

void check_native_stack() {
  char probe;
  const char* limit = stack_limit();
  if (limit && &probe < limit) {
    raise(exc::RecursionError, "maximum recursion depth exceeded");
  }
}

void enter_frame(Frame* f, Frame* back) {
  enter_recursive_call("");
  VMState& ts = vmstate();
  f->back = back;
  if (Generator* g = f->gen) {
    g->exc_state.previous = ts.exc_info;
    ts.exc_info = &g->exc_state;
  }
  ts.current = f;
}

void leave_frame(Frame* f) {
  VMState& ts = vmstate();
  if (Generator* g = f->gen) {
    ts.exc_info = g->exc_state.previous;
    g->exc_state.previous = nullptr;
  }
  ts.current = f->back;
  --fast_interp().recursion_depth;
}

// ---------------------------------------------------------------------------------------------
// 2. Argument binding
// ---------------------------------------------------------------------------------------------

namespace {

[[noreturn]] void too_many_positional(Function* fn, size_t given, Object** localsplus) {
  Code* co = fn->code.get();
  size_t kwonly_given = 0;
  for (uint32_t i = co->argcount; i < co->argcount + co->kwonlyargcount; ++i) {
    if (localsplus[i]) ++kwonly_given;
  }
  const size_t defcount = fn->defaults ? fn->defaults->size : 0;
  std::string sig;
  bool plural;
  if (defcount) {
    plural = true;
    sig = "from " + std::to_string(co->argcount - defcount) + " to " + std::to_string(co->argcount);
  } else {
    plural = co->argcount != 1;
    sig = std::to_string(co->argcount);
  }
  std::string kwonly_sig;
  if (kwonly_given) {
    kwonly_sig = std::string(" positional argument") + (given != 1 ? "s" : "") + " (and " +
                 std::to_string(kwonly_given) + " keyword-only argument" +
                 (kwonly_given != 1 ? "s" : "") + ")";
  }
  raise(exc::TypeError, fn->qualname->s + "() takes " + sig + " positional argument" +
                            (plural ? "s" : "") + " but " + std::to_string(given) + kwonly_sig +
                            " " + (given == 1 && !kwonly_given ? "was" : "were") + " given");
}

[[noreturn]] void missing_arguments(Function* fn, bool positional, size_t defcount,
                                    Object** localsplus) {
  Code* co = fn->code.get();
  size_t start, end;
  if (positional) {
    start = 0;
    end = co->argcount - defcount;
  } else {
    start = co->argcount;
    end = start + co->kwonlyargcount;
  }
  std::vector<std::string> names;
  for (size_t i = start; i < end; ++i) {
    if (!localsplus[i]) names.push_back(repr(co->varnames[i])->s);
  }
  std::string name_str;
  const size_t n = names.size();
  if (n == 1) {
    name_str = names[0];
  } else if (n == 2) {
    name_str = names[0] + " and " + names[1];
  } else {
    for (size_t i = 0; i + 2 < n; ++i) name_str += (i ? ", " : "") + names[i];
    name_str += ", " + names[n - 2] + ", and " + names[n - 1];
  }
  raise(exc::TypeError, fn->qualname->s + "() missing " + std::to_string(n) + " required " +
                            (positional ? "positional" : "keyword-only") + " argument" +
                            (n == 1 ? "" : "s") + ": " + name_str);
}

// CPython: ceval.c positional_only_passed_as_keyword. Returns false when no positional-only
// parameter was named.
bool positional_only_passed_as_keyword(Function* fn, Tuple* kwnames) {
  Code* co = fn->code.get();
  std::string names;
  for (uint32_t k = 0; k < co->posonlyargcount; ++k) {
    Str* name = co->varnames[k];
    for (size_t i = 0; i < kwnames->size; ++i) {
      if (str_eq(static_cast<Str*>(kwnames->items[i]), name)) {
        if (!names.empty()) names += ", ";
        names += name->s;
        break;
      }
    }
  }
  if (names.empty()) return false;
  raise(exc::TypeError, fn->qualname->s +
                            "() got some positional-only arguments passed as keyword arguments: '" +
                            names + "'");
}

// Frees a partly bound frame when binding fails.
struct FrameGuard {
  Frame* f;
  ~FrameGuard() {
    if (f) frame_free(f);
  }
};

}  // namespace

Frame* make_call_frame(Function* fn, Object* const* args, size_t argcount, Tuple* kwnames) {
  Code* co = fn->code.get();
  Frame* f = frame_new(co, fn, fn->globals.get(), fn->builtins.get(), nullptr);
  Object** lp = f->localsplus();

  // Fast path: exactly the positional parameters, nothing else to do.
  if (!kwnames && argcount == co->argcount && co->total_args == co->argcount) {
    for (size_t j = 0; j < argcount; ++j) {
      args[j]->incref();
      lp[j] = args[j];
    }
    if (co->ncells || co->nfree) frame_init_cells(f, fn->closure.get());
    return f;
  }

  FrameGuard guard{f};
  const size_t total_args = co->argcount + co->kwonlyargcount;
  Dict* kwdict = nullptr;
  if (co->flags & CO_VARKEYWORDS) {
    size_t i = total_args + ((co->flags & CO_VARARGS) ? 1 : 0);
    Ref<Dict> d = dict_new();
    kwdict = d.get();
    lp[i] = d.release();
  }
  const size_t n = argcount > co->argcount ? co->argcount : argcount;
  for (size_t j = 0; j < n; ++j) {
    args[j]->incref();
    lp[j] = args[j];
  }
  if (co->flags & CO_VARARGS) {
    Ref<Tuple> u = argcount == n ? Ref<Tuple>(empty_tuple())
                                 : tuple_from(std::span<Object* const>(args + n, argcount - n));
    lp[total_args] = u.release();
  }

  if (kwnames) {
    const size_t kwcount = kwnames->size;
    for (size_t i = 0; i < kwcount; ++i) {
      Object* keyword = kwnames->items[i];
      Object* value = args[i + argcount];
      if (!is_instance(keyword, str_type)) {
        raise(exc::TypeError, fn->qualname->s + "() keywords must be strings");
      }
      auto* kw = static_cast<Str*>(keyword);
      size_t j = co->posonlyargcount;
      bool found = false;
      for (; j < total_args; ++j) {
        if (co->varnames[j] == kw) {
          found = true;
          break;
        }
      }
      if (!found) {
        for (j = co->posonlyargcount; j < total_args; ++j) {
          if (str_eq(co->varnames[j], kw)) {
            found = true;
            break;
          }
        }
      }
      if (!found) {
        if (!kwdict) {
          if (co->posonlyargcount) positional_only_passed_as_keyword(fn, kwnames);
          raise(exc::TypeError,
                fn->qualname->s + "() got an unexpected keyword argument '" + kw->s + "'");
        }
        dict_set(kwdict, kw, value);
        continue;
      }
      if (lp[j]) {
        raise(exc::TypeError,
              fn->qualname->s + "() got multiple values for argument '" + kw->s + "'");
      }
      value->incref();
      lp[j] = value;
    }
  }

  if (argcount > co->argcount && !(co->flags & CO_VARARGS)) {
    too_many_positional(fn, argcount, lp);
  }

  if (argcount < co->argcount) {
    const size_t defcount = fn->defaults ? fn->defaults->size : 0;
    const size_t m = co->argcount - defcount;
    size_t missing = 0;
    for (size_t i = argcount; i < m; ++i) {
      if (!lp[i]) ++missing;
    }
    if (missing) missing_arguments(fn, true, defcount, lp);
    size_t i = n > m ? n - m : 0;
    for (; i < defcount; ++i) {
      if (!lp[m + i]) {
        Object* def = fn->defaults->items[i];
        def->incref();
        lp[m + i] = def;
      }
    }
  }

  if (co->kwonlyargcount > 0) {
    size_t missing = 0;
    for (size_t i = co->argcount; i < total_args; ++i) {
      if (lp[i]) continue;
      if (fn->kwdefaults) {
        if (Object* def = dict_get(fn->kwdefaults.get(), co->varnames[i])) {
          def->incref();
          lp[i] = def;
          continue;
        }
      }
      ++missing;
    }
    if (missing) missing_arguments(fn, false, 0, lp);
  }

  if (co->ncells || co->nfree) frame_init_cells(f, fn->closure.get());
  guard.f = nullptr;
  return f;
}

// ---------------------------------------------------------------------------------------------
// 3. call_python and run_code
// ---------------------------------------------------------------------------------------------

Value call_python(Object* callable, Args args) {
  auto* fn = static_cast<Function*>(callable);
  Frame* f = make_call_frame(fn, args.items, args.npos, args.kwnames);
  if (fn->code->is_generator_like()) return generator_new(f);
  Value result;
  eval_frame(f, result);
  return result;
}

Value run_code(Code* code, Dict* globals, Object* locals) {
  Ref<Dict> builtins = builtins_for_globals(globals);
  Frame* f = frame_new(code, nullptr, globals, builtins.get(), locals);
  if (code->ncells || code->nfree) frame_init_cells(f, nullptr);
  Value result;
  eval_frame(f, result);
  return result;
}

}  // namespace al
