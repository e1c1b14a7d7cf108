// The sys module (CPython: Python/sysmodule.c).
#include "engine/vm/sys_module.h"

#include "engine/runtime/api.h"
#include "engine/runtime/builtins_module.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/list.h"
#include "engine/runtime/module.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/frame.h"
#include "engine/vm/generator.h"
#include "engine/vm/traceback.h"
#include "engine/vm/vmstate.h"

namespace al {

namespace {

std::vector<std::string>& argv_storage() {
  static std::vector<std::string> argv{""};
  return argv;
}

Ref<List> argv_list() {
  Ref<List> l = list_new();
  for (const std::string& a : argv_storage()) list_append(l.get(), str_from(a).get());
  return l;
}

// sys.version_info and sys.asyncgen_hooks are "struct sequences": tuples with named fields.
template <int I>
Value struct_field(Object* self) {
  return Value(static_cast<Tuple*>(self)->items[I]);
}

Type* version_info_type = nullptr;
Type* asyncgen_hooks_type = nullptr;

Value version_info_repr(Object* self) {
  Tuple* t = static_cast<Tuple*>(self);
  return str_from("sys.version_info(major=" + repr(t->items[0])->s +
                  ", minor=" + repr(t->items[1])->s + ", micro=" + repr(t->items[2])->s +
                  ", releaselevel=" + repr(t->items[3])->s + ", serial=" + repr(t->items[4])->s +
                  ")");
}

Value asyncgen_hooks_repr(Object* self) {
  Tuple* t = static_cast<Tuple*>(self);
  return str_from("asyncgen_hooks(firstiter=" + repr(t->items[0])->s +
                  ", finalizer=" + repr(t->items[1])->s + ")");
}

void init_struct_types() {
  if (version_info_type) return;
  Type* v = new_builtin_type("sys.version_info", tuple_type);
  v->module = "sys";
  v->name = "sys.version_info";
  v->qualname = "version_info";
  v->repr = version_info_repr;
  add_getset(v, "major", struct_field<0>);
  add_getset(v, "minor", struct_field<1>);
  add_getset(v, "micro", struct_field<2>);
  add_getset(v, "releaselevel", struct_field<3>);
  add_getset(v, "serial", struct_field<4>);
  v->ready();
  version_info_type = v;

  Type* h = new_builtin_type("asyncgen_hooks", tuple_type);
  h->module = "sys";
  h->repr = asyncgen_hooks_repr;
  add_getset(h, "firstiter", struct_field<0>);
  add_getset(h, "finalizer", struct_field<1>);
  h->ready();
  asyncgen_hooks_type = h;
}

Value sys_exit(Object*, Args a) {
  no_kwargs(a, "exit");
  check_positional(a, "exit", 0, 1);
  Value exc = a.npos ? call(exc::SystemExit, {a[0]})
                     : call(exc::SystemExit, std::initializer_list<Object*>{});
  raise(std::move(exc));
}

Value sys_getrecursionlimit(Object*, Args a) {
  check_no_args(a, "getrecursionlimit");
  return int_from(interp().recursion_limit);
}

Value sys_setrecursionlimit(Object*, Args a) {
  check_one_arg(a, "setrecursionlimit");
  int64_t n = index_as_int64(a[0]);
  if (n < 1) raise(exc::ValueError, "recursion limit must be greater or equal than 1");
  Interp& in = interp();
  if (n <= in.recursion_depth) {
    raise(exc::RecursionError, "cannot set the recursion limit to " + std::to_string(n) +
                                   " at the recursion depth " + std::to_string(in.recursion_depth) +
                                   ": the limit is too low");
  }
  in.recursion_limit = int(n > 1000000000 ? 1000000000 : n);
  return Value(None);
}

Value sys_exception(Object*, Args a) {
  check_no_args(a, "exception");
  Object* e = current_handled_exception();
  return Value(e ? e : None);
}

Value sys_exc_info(Object*, Args a) {
  check_no_args(a, "exc_info");
  Object* e = current_handled_exception();
  if (!e) return tuple_from({None, None, None});
  BaseExceptionObject* be = as_exception(e);
  Object* tb = be && be->traceback ? be->traceback.get() : None;
  return tuple_from({e->type, e, tb});
}

Value sys_intern(Object*, Args a) {
  check_one_arg(a, "intern");
  if (!is_exactly(a[0], str_type)) {
    raise(exc::TypeError, "intern() argument must be str, not " + a[0]->type->name);
  }
  return Value(intern(static_cast<Str*>(a[0])));
}

Value sys_getrefcount(Object*, Args a) {
  check_one_arg(a, "getrefcount");
  // CPython's count includes the reference held by the call's argument.
  return int_from(int64_t(a[0]->refcnt) + 1);
}

Value sys_set_asyncgen_hooks(Object*, Args a) {
  Object* vals[2] = {nullptr, nullptr};
  bind_args(a, "set_asyncgen_hooks", {"firstiter", "finalizer"}, 0, vals);
  AsyncGenHooks& h = asyncgen_hooks();
  for (int i = 0; i < 2; ++i) {
    Object* v = vals[i];
    if (v && v != None && !is_callable(v)) {
      raise(exc::TypeError, std::string("callable ") + (i ? "finalizer" : "firstiter") +
                                " expected, got " + v->type->name);
    }
  }
  if (vals[0]) h.firstiter = vals[0] == None ? Value() : Value(vals[0]);
  if (vals[1]) h.finalizer = vals[1] == None ? Value() : Value(vals[1]);
  return Value(None);
}

Value sys_get_asyncgen_hooks(Object*, Args a) {
  check_no_args(a, "get_asyncgen_hooks");
  AsyncGenHooks& h = asyncgen_hooks();
  Ref<Tuple> t = tuple_new_of_type(asyncgen_hooks_type, 2);
  t->set(0, h.firstiter ? h.firstiter.get() : None);
  t->set(1, h.finalizer ? h.finalizer.get() : None);
  return t;
}

Value sys_getframe(Object*, Args a) {
  check_positional(a, "_getframe", 0, 1);
  int64_t depth = a.npos ? index_as_int64(a[0]) : 0;
  Frame* f = vmstate().current;
  while (f && depth-- > 0) f = f->back;
  if (!f) raise(exc::ValueError, "call stack is not deep enough");
  return frame_snapshot(f, true);
}

Value sys_getdefaultencoding(Object*, Args a) {
  check_no_args(a, "getdefaultencoding");
  return str_from("utf-8");
}

}  // namespace

void sys_set_argv(const std::vector<std::string>& argv) {
  argv_storage() = argv.empty() ? std::vector<std::string>{""} : argv;
  Interp& in = interp();
  if (in.sys) dict_set_str(in.sys->dict.get(), "argv", argv_list().get());
}

Ref<Module> make_sys_module() {
  init_struct_types();
  Interp& in = interp();
  Ref<Module> m = module_new("sys");
  Module* mp = m.get();
  module_add(mp, "argv", argv_list().get());
  module_add(mp, "orig_argv", argv_list().get());
  Value out = make_std_stream(false);
  Value err = make_std_stream(true);
  module_add(mp, "stdout", out.get());
  module_add(mp, "stderr", err.get());
  module_add(mp, "__stdout__", out.get());
  module_add(mp, "__stderr__", err.get());
  module_add(mp, "modules", in.modules.get());
  Ref<List> path = list_new();
  module_add(mp, "path", path.get());
  module_add(mp, "platform", str_from("linux").get());
  module_add(mp, "byteorder", str_from("little").get());
  module_add(mp, "executable", str_from("").get());
  module_add(mp, "version", str_from("3.11.7 (awaitlab)").get());
  module_add(mp, "hexversion", int_from(int64_t(0x030B07F0)).get());
  module_add(mp, "maxsize", int_from(INT64_MAX).get());
  module_add(mp, "maxunicode", int_from(int64_t(0x10FFFF)).get());
  Ref<Tuple> vi = tuple_new_of_type(version_info_type, 5);
  vi->set(0, int_from(3).get());
  vi->set(1, int_from(11).get());
  vi->set(2, int_from(7).get());
  vi->set(3, str_from("final").get());
  vi->set(4, int_from(0).get());
  module_add(mp, "version_info", vi.get());
  module_add_function(mp, "exit", sys_exit);
  module_add_function(mp, "getrecursionlimit", sys_getrecursionlimit);
  module_add_function(mp, "setrecursionlimit", sys_setrecursionlimit);
  module_add_function(mp, "exception", sys_exception);
  module_add_function(mp, "exc_info", sys_exc_info);
  module_add_function(mp, "intern", sys_intern);
  module_add_function(mp, "getrefcount", sys_getrefcount);
  module_add_function(mp, "set_asyncgen_hooks", sys_set_asyncgen_hooks);
  module_add_function(mp, "get_asyncgen_hooks", sys_get_asyncgen_hooks);
  module_add_function(mp, "getdefaultencoding", sys_getdefaultencoding);
  module_add_function(mp, "_getframe", sys_getframe);
  in.sys = m;
  return m;
}

}  // namespace al
