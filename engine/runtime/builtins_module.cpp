// The builtins module (CPython: Python/bltinmodule.c).
//
// Index
//   1. Standard streams (sys.stdout / sys.stderr objects)
//   2. I/O: print, input
//   3. Object protocol: len, repr, ascii, hash, id, callable, getattr family, isinstance
//   4. Iteration: iter, next, sorted, min, max, sum, any, all
//   5. Numbers: abs, round, divmod, pow, hex, oct, bin, ord, chr, format
//   6. Introspection: vars, dir
//   7. The module
//
// globals(), locals(), exec(), eval(), compile() and __import__ belong to the VM, which adds
// them to this module; dir() and vars() without arguments call the VM's locals().
#include "engine/runtime/builtins_module.h"

#include <algorithm>
#include <cmath>

#include "engine/runtime/api.h"
#include "engine/runtime/bytes.h"
#include "engine/runtime/class_builder.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/float.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/iterators.h"
#include "engine/runtime/list.h"
#include "engine/runtime/module.h"
#include "engine/runtime/names.h"
#include "engine/runtime/num_bridge.h"
#include "engine/runtime/numeric/int_ops.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

// ---------------------------------------------------------------------------------------------
// 1. Standard streams
// ---------------------------------------------------------------------------------------------

namespace {

struct StdStream : Object {
  bool is_stderr;
  StdStream(Type* t, bool e) : Object(t), is_stderr(e) {}
};

Type* std_stream_type() {
  static Type* t = nullptr;
  if (t) return t;
  t = new_builtin_type("TextIOWrapper", object_type);
  t->module = "_io";
  t->qualname = "TextIOWrapper";
  t->allows_subclass = false;
  t->repr = [](Object* self) -> Value {
    bool err = static_cast<StdStream*>(self)->is_stderr;
    return str_from(std::string("<_io.TextIOWrapper name='<") + (err ? "stderr" : "stdout") +
                    ">' mode='w' encoding='utf-8'>");
  };
  t->ready();
  add_method(t, "write", [](Object* self, Args a) -> Value {
    check_one_arg(a, "write");
    if (!is_instance(a[0], str_type)) {
      raise(exc::TypeError, "write() argument must be str, not " + tname(a[0]));
    }
    auto* s = static_cast<Str*>(a[0]);
    Interp& in = interp();
    auto& sink = static_cast<StdStream*>(self)->is_stderr ? in.err : in.out;
    if (sink) sink(s->s);
    return int_from(s->length);
  });
  add_method(t, "flush", [](Object* self, Args) -> Value {
    if (!static_cast<StdStream*>(self)->is_stderr && interp().flush_out) interp().flush_out();
    return none();
  });
  add_method(t, "isatty", [](Object*, Args) -> Value { return bool_obj(false); });
  add_method(t, "writable", [](Object*, Args) -> Value { return bool_obj(true); });
  add_method(t, "fileno", [](Object* self, Args) -> Value {
    return int_from(int64_t(static_cast<StdStream*>(self)->is_stderr ? 2 : 1));
  });
  add_getset(t, "name", [](Object* self) -> Value {
    return str_from(static_cast<StdStream*>(self)->is_stderr ? "<stderr>" : "<stdout>");
  });
  add_getset(t, "encoding", [](Object*) -> Value { return str_from("utf-8"); });
  return t;
}

}  // namespace

Value make_std_stream(bool is_stderr) {
  return make<StdStream>(std_stream_type(), is_stderr);
}

namespace {

// ---------------------------------------------------------------------------------------------
// 2. I/O
// ---------------------------------------------------------------------------------------------

Object* sys_attr(const char* name) {
  Interp& in = interp();
  if (!in.sys) return nullptr;
  return dict_get_cstr(in.sys->dict.get(), name);
}

Value b_print(Object*, Args a) {
  Object* sep = nullptr;
  Object* end = nullptr;
  Object* file = nullptr;
  Object* flush = nullptr;
  for (size_t i = 0; i < a.nkw(); ++i) {
    const std::string& k = a.kw_name(i)->s;
    Object* v = a.kw_value(i);
    if (k == "sep") {
      sep = v;
    } else if (k == "end") {
      end = v;
    } else if (k == "file") {
      file = v;
    } else if (k == "flush") {
      flush = v;
    } else {
      raise(exc::TypeError, "'" + k + "' is an invalid keyword argument for print()");
    }
  }
  if (sep == None) sep = nullptr;
  if (end == None) end = nullptr;
  if (file == None) file = nullptr;
  if (sep && !is_instance(sep, str_type))
    raise(exc::TypeError, "sep must be None or a string, not " + tname(sep));
  if (end && !is_instance(end, str_type))
    raise(exc::TypeError, "end must be None or a string, not " + tname(end));
  if (!file) {
    file = sys_attr("stdout");
    if (file == None) return none();
  }
  std::string sep_s = sep ? static_cast<Str*>(sep)->s : " ";
  std::string end_s = end ? static_cast<Str*>(end)->s : "\n";
  if (!file || (is_exactly(file, std_stream_type()))) {
    bool err = file && static_cast<StdStream*>(file)->is_stderr;
    std::string text;
    for (size_t i = 0; i < a.npos; ++i) {
      if (i) text += sep_s;
      text += str(a[i])->s;
    }
    text += end_s;
    auto& sink = err ? interp().err : interp().out;
    if (sink) sink(text);
    if (!err && flush && truthy(flush) && interp().flush_out) interp().flush_out();
    return none();
  }
  static Str* write_name = intern("write");
  Value write = getattr(file, write_name);
  for (size_t i = 0; i < a.npos; ++i) {
    if (i) call(write.get(), {Value(str_from(sep_s)).get()});
    call(write.get(), {str(a[i]).get()});
  }
  call(write.get(), {Value(str_from(end_s)).get()});
  if (flush && truthy(flush)) call_method(file, "flush", {});
  return none();
}

Value b_input(Object*, Args a) {
  no_kwargs(a, "input");
  check_positional(a, "input", 0, 1);
  if (a.npos) {
    Ref<Str> prompt = str(a[0]);
    Object* out = sys_attr("stdout");
    if (out && !is_exactly(out, std_stream_type())) {
      call_method(out, "write", {prompt.get()});
    } else if (interp().out) {
      interp().out(prompt->s);
    }
  }
  std::string line;
  if (!interp().read_line || !interp().read_line(line))
    raise(exc::EOFError, "EOF when reading a line");
  if (!line.empty() && line.back() == '\n') line.pop_back();
  return str_from(line);
}

// ---------------------------------------------------------------------------------------------
// 3. Object protocol
// ---------------------------------------------------------------------------------------------

Value b_len(Object*, Args a) {
  check_one_arg(a, "len");
  return int_from(length(a[0]));
}

Value b_repr(Object*, Args a) {
  check_one_arg(a, "repr");
  return repr(a[0]);
}

Value b_ascii(Object*, Args a) {
  check_one_arg(a, "ascii");
  return ascii(a[0]);
}

Value b_hash(Object*, Args a) {
  check_one_arg(a, "hash");
  return int_from(hash(a[0]));
}

Value b_id(Object*, Args a) {
  check_one_arg(a, "id");
  return int_from_u64(reinterpret_cast<uintptr_t>(a[0]));
}

Value b_callable(Object*, Args a) {
  check_one_arg(a, "callable");
  return bool_obj(is_callable(a[0]));
}

Str* attr_name(Object* o) {
  if (!is_instance(o, str_type)) {
    raise(exc::TypeError, "attribute name must be string, not '" + tname(o) + "'");
  }
  return static_cast<Str*>(o);
}

Value b_getattr(Object*, Args a) {
  no_kwargs(a, "getattr");
  check_positional(a, "getattr", 2, 3);
  Str* name = attr_name(a[1]);
  if (a.npos == 3) {
    Value v = getattr_opt(a[0], name);
    return v ? v : Value(a[2]);
  }
  return getattr(a[0], name);
}

Value b_setattr(Object*, Args a) {
  no_kwargs(a, "setattr");
  check_positional(a, "setattr", 3, 3);
  setattr(a[0], attr_name(a[1]), a[2]);
  return none();
}

Value b_delattr(Object*, Args a) {
  no_kwargs(a, "delattr");
  check_positional(a, "delattr", 2, 2);
  delattr(a[0], attr_name(a[1]));
  return none();
}

Value b_hasattr(Object*, Args a) {
  no_kwargs(a, "hasattr");
  check_positional(a, "hasattr", 2, 2);
  return bool_obj(hasattr(a[0], attr_name(a[1])));
}

Value b_isinstance(Object*, Args a) {
  no_kwargs(a, "isinstance");
  check_positional(a, "isinstance", 2, 2);
  return bool_obj(isinstance(a[0], a[1]));
}

Value b_issubclass(Object*, Args a) {
  no_kwargs(a, "issubclass");
  check_positional(a, "issubclass", 2, 2);
  return bool_obj(issubclass(a[0], a[1]));
}

// ---------------------------------------------------------------------------------------------
// 4. Iteration
// ---------------------------------------------------------------------------------------------

Value b_iter(Object*, Args a) {
  no_kwargs(a, "iter");
  check_positional(a, "iter", 1, 2);
  if (a.npos == 1) return get_iter(a[0]);
  if (!is_callable(a[0])) raise(exc::TypeError, "iter(v, w): v must be callable");
  return callable_iter_new(a[0], a[1]);
}

Value b_next(Object*, Args a) {
  no_kwargs(a, "next");
  check_positional(a, "next", 1, 2);
  Object* it = a[0];
  if (!it->type->next) raise(exc::TypeError, "'" + tname(it) + "' object is not an iterator");
  if (it->type->send && a.npos == 1) {
    // Generators: keep the return value in the StopIteration (CPython: gen_iternext).
    Value result;
    if (it->type->send(it, None, result) == SendStatus::Yield) return result;
    raise_stop_iteration(result.get());
  }
  Value v = it->type->next(it);
  if (v) return v;
  if (a.npos > 1) return Value(a[1]);
  raise(call(exc::StopIteration, {}));
}

Value b_sorted(Object*, Args a) {
  if (a.npos != 1)
    raise(exc::TypeError, "sorted expected 1 argument, got " + std::to_string(a.npos));
  Ref<List> l = list_from_iterable(a[0]);
  if (is_exactly(a[0], list_type) && l.get() == a[0]) l = list_from_values(l->items);
  Object* argv[2];
  bind_args(Args{a.items + 1, 0, a.kwnames}, "sort", {"key", "reverse"}, 0, argv, 0, 0);
  list_sort(l.get(), argv[0], argv[1] && truthy(argv[1]));
  return l;
}

Value min_max(Args a, bool is_max) {
  const char* name = is_max ? "max" : "min";
  Object* key = nullptr;
  Object* dflt = nullptr;
  for (size_t i = 0; i < a.nkw(); ++i) {
    const std::string& k = a.kw_name(i)->s;
    if (k == "key") {
      key = a.kw_value(i);
    } else if (k == "default") {
      dflt = a.kw_value(i);
    } else {
      raise(exc::TypeError, "'" + k + "' is an invalid keyword argument for " + name + "()");
    }
  }
  if (key == None) key = nullptr;
  if (a.npos == 0)
    raise(exc::TypeError, std::string(name) + " expected at least 1 argument, got 0");
  if (a.npos > 1 && dflt) {
    raise(exc::TypeError, std::string("Cannot specify a default for ") + name +
                              "() with multiple positional arguments");
  }
  Ref<Tuple> args_tuple;
  Value it;
  if (a.npos == 1) {
    it = get_iter(a[0]);
  } else {
    args_tuple = tuple_from(a.positional());
    it = get_iter(args_tuple.get());
  }
  Value best, best_key;
  while (Value item = iter_next(it.get())) {
    Value k = key ? call(key, {item.get()}) : item;
    if (!best) {
      best = item;
      best_key = k;
      continue;
    }
    if (compare_bool(k.get(), best_key.get(), is_max ? CmpOp::Gt : CmpOp::Lt)) {
      best = item;
      best_key = k;
    }
  }
  if (!best) {
    if (dflt) return Value(dflt);
    raise(exc::ValueError, std::string(name) + "() arg is an empty sequence");
  }
  return best;
}

Value b_max(Object*, Args a) {
  return min_max(a, true);
}
Value b_min(Object*, Args a) {
  return min_max(a, false);
}

Value b_sum(Object*, Args a) {
  Object* argv[2];
  bind_args(a, "sum", {"iterable", "start"}, 1, argv, 1);
  Value acc = argv[1] ? Value(argv[1]) : int_from(int64_t(0));
  if (argv[1]) {
    if (is_instance(acc.get(), str_type))
      raise(exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (is_instance(acc.get(), bytes_type))
      raise(exc::TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  }
  Value it = get_iter(argv[0]);
  // int64 and double fast paths, as CPython's builtin_sum_impl.
  int64_t isum = 0;
  bool int_mode = is_exactly(acc.get(), int_type) && int_as_int64(acc.get(), isum);
  while (Value item = iter_next(it.get())) {
    if (int_mode) {
      int64_t v;
      int64_t next;
      if ((is_exactly(item.get(), int_type) || is_exactly(item.get(), bool_type)) &&
          int_as_int64(item.get(), v) && !__builtin_add_overflow(isum, v, &next)) {
        isum = next;
        continue;
      }
      int_mode = false;
      acc = int_from(isum);
    }
    if (is_exactly(acc.get(), float_type) && is_exactly(item.get(), float_type)) {
      acc = float_from(static_cast<Float*>(acc.get())->value +
                       static_cast<Float*>(item.get())->value);
      continue;
    }
    acc = binary_op(acc.get(), item.get(), BinOp::Add);
  }
  if (int_mode) return int_from(isum);
  return acc;
}

Value b_any(Object*, Args a) {
  check_one_arg(a, "any");
  Value it = get_iter(a[0]);
  while (Value v = iter_next(it.get())) {
    if (truthy(v.get())) return bool_obj(true);
  }
  return bool_obj(false);
}

Value b_all(Object*, Args a) {
  check_one_arg(a, "all");
  Value it = get_iter(a[0]);
  while (Value v = iter_next(it.get())) {
    if (!truthy(v.get())) return bool_obj(false);
  }
  return bool_obj(true);
}

// ---------------------------------------------------------------------------------------------
// 5. Numbers
// ---------------------------------------------------------------------------------------------

Value b_abs(Object*, Args a) {
  check_one_arg(a, "abs");
  Object* x = a[0];
  if (is_exactly(x, float_type)) return float_from(std::fabs(static_cast<Float*>(x)->value));
  if (is_exactly(x, int_type) || is_exactly(x, bool_type)) {
    // CPython: long_abs returns an exact non-negative int itself; machine ints skip GMP.
    auto* i = static_cast<Int*>(x);
    if (!i->is_big() && i->small != INT64_MIN) {
      if (i->small >= 0 && x->type == int_type) return Value(x);
      return int_from(i->small < 0 ? -i->small : i->small);
    }
    if (i->sign() >= 0) return int_from(int_as_mpz(x));
    return unary_op(x, UnaryOp::Neg);
  }
  if (Value m = lookup_special(x, dunder::abs)) return call(m.get(), {});
  raise(exc::TypeError, "bad operand type for abs(): '" + tname(x) + "'");
}

Value b_round(Object*, Args a) {
  Object* argv[2];
  bind_args(a, "round", {"number", "ndigits"}, 1, argv);
  Value m = lookup_special(argv[0], dunder::round);
  if (!m) raise(exc::TypeError, "type " + tname(argv[0]) + " doesn't define __round__ method");
  if (!argv[1] || argv[1] == None) return call(m.get(), {});
  return call(m.get(), {argv[1]});
}

Value b_divmod(Object*, Args a) {
  no_kwargs(a, "divmod");
  check_positional(a, "divmod", 2, 2);
  Object* x = a[0];
  Object* y = a[1];
  if (is_instance(x, int_type) && is_instance(y, int_type)) {
    Value q = binary_op(x, y, BinOp::FloorDiv);
    Value r = binary_op(x, y, BinOp::Mod);
    return tuple_from({q.get(), r.get()});
  }
  bool numbers = (is_instance(x, int_type) || is_instance(x, float_type)) &&
                 (is_instance(y, int_type) || is_instance(y, float_type));
  if (numbers) {
    if (float_as_double(y) == 0.0) raise(exc::ZeroDivisionError, "float divmod()");
    Value q = binary_op(x, y, BinOp::FloorDiv);
    Value r = binary_op(x, y, BinOp::Mod);
    return tuple_from({q.get(), r.get()});
  }
  static Str* dm = intern("__divmod__");
  static Str* rdm = intern("__rdivmod__");
  if (Value m = lookup_special(x, dm)) {
    Value r = call(m.get(), {y});
    if (r.get() != NotImplemented) return r;
  }
  if (x->type != y->type) {
    if (Value m = lookup_special(y, rdm)) {
      Value r = call(m.get(), {x});
      if (r.get() != NotImplemented) return r;
    }
  }
  raise(exc::TypeError,
        "unsupported operand type(s) for divmod(): '" + tname(x) + "' and '" + tname(y) + "'");
}

Value b_pow(Object*, Args a) {
  Object* argv[3];
  bind_args(a, "pow", {"base", "exp", "mod"}, 2, argv);
  if (!argv[2] || argv[2] == None) return binary_op(argv[0], argv[1], BinOp::Pow);
  Object* b = argv[0];
  Object* e = argv[1];
  Object* m = argv[2];
  if (!is_instance(b, int_type) || !is_instance(e, int_type) || !is_instance(m, int_type)) {
    static Str* pow_name = intern("__pow__");
    if (!is_instance(b, int_type) && !is_instance(b, float_type)) {
      if (Value f = lookup_special(b, pow_name)) return call(f.get(), {e, m});
    }
    raise(exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  }
  return int_from(
      num_call([&] { return num::int_pow_mod(int_as_mpz(b), int_as_mpz(e), int_as_mpz(m)); }));
}

Value base_repr(Args a, const char* name, int base) {
  check_one_arg(a, name);
  Value i = number_index(a[0]);
  return str_from(int_to_base(i.get(), base, true));
}

Value b_hex(Object*, Args a) {
  return base_repr(a, "hex", 16);
}
Value b_oct(Object*, Args a) {
  return base_repr(a, "oct", 8);
}
Value b_bin(Object*, Args a) {
  return base_repr(a, "bin", 2);
}

Value b_ord(Object*, Args a) {
  check_one_arg(a, "ord");
  Object* c = a[0];
  if (is_instance(c, str_type)) {
    auto* s = static_cast<Str*>(c);
    if (s->length != 1) {
      raise(exc::TypeError, "ord() expected a character, but string of length " +
                                std::to_string(s->length) + " found");
    }
    return int_from(int64_t(str_char_at(s, 0)));
  }
  if (is_instance(c, bytes_type)) {
    std::string d = bytes_like_data(c);
    if (d.size() != 1) {
      raise(exc::TypeError, "ord() expected a character, but string of length " +
                                std::to_string(d.size()) + " found");
    }
    return int_from(int64_t(static_cast<unsigned char>(d[0])));
  }
  raise(exc::TypeError, "ord() expected string of length 1, but " + tname(c) + " found");
}

Value b_chr(Object*, Args a) {
  check_one_arg(a, "chr");
  if (!is_instance(a[0], int_type) && !a[0]->type->index) {
    raise(exc::TypeError, "'" + tname(a[0]) + "' object cannot be interpreted as an integer");
  }
  Value i = number_index(a[0]);
  int64_t cp;
  if (!int_as_int64(i.get(), cp))
    raise(exc::OverflowError, "Python int too large to convert to C int");
  if (cp < 0 || cp > 0x10FFFF) raise(exc::ValueError, "chr() arg not in range(0x110000)");
  return str_from_cp(uint32_t(cp));
}

Value b_format(Object*, Args a) {
  no_kwargs(a, "format");
  check_positional(a, "format", 1, 2);
  if (a.npos == 1) return format(a[0], str_from("").get());
  if (!is_instance(a[1], str_type)) {
    raise(exc::TypeError, "format() argument 2 must be str, not " + tname(a[1]));
  }
  return format(a[0], static_cast<Str*>(a[1]));
}

// ---------------------------------------------------------------------------------------------
// 6. Introspection
// ---------------------------------------------------------------------------------------------

Value call_vm_locals() {
  Object* f = dict_get_cstr(interp().builtins->dict.get(), "locals");
  if (!f) raise(exc::SystemError, "locals() is not available");
  return call(f, {});
}

Value b_vars(Object*, Args a) {
  no_kwargs(a, "vars");
  check_positional(a, "vars", 0, 1);
  if (a.npos == 0) return call_vm_locals();
  Value d = getattr_opt(a[0], dunder::dict);
  if (!d) raise(exc::TypeError, "vars() argument must have __dict__ attribute");
  return d;
}

Value b_dir(Object*, Args a) {
  no_kwargs(a, "dir");
  check_positional(a, "dir", 0, 1);
  Ref<List> names;
  if (a.npos == 0) {
    Value loc = call_vm_locals();
    names = list_new();
    for_each(loc.get(), [&](Object* k) { list_append(names.get(), k); });
  } else if (is_instance(a[0], type_type)) {
    // CPython: type___dir___impl merges the dicts of the whole MRO.
    Ref<Dict> seen = dict_new();
    Type* t = static_cast<Type*>(a[0]);
    for (size_t i = 0; i < t->mro->size; ++i) {
      dict_for_each(static_cast<Type*>(t->mro->items[i])->dict.get(),
                    [&](Object* k, Object*) { dict_set(seen.get(), k, None); });
    }
    names = list_new();
    dict_for_each(seen.get(), [&](Object* k, Object*) { list_append(names.get(), k); });
  } else {
    static Str* dir_name = intern("__dir__");
    Value m = lookup_special(a[0], dir_name);
    if (!m) raise(exc::TypeError, "object does not provide __dir__");
    names = list_from_iterable(call(m.get(), {}).get());
  }
  list_sort(names.get(), nullptr, false);
  return names;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// 7. The module
// ---------------------------------------------------------------------------------------------

Ref<Module> make_builtins_module() {
  runtime_init();
  Ref<Module> m = module_new("builtins");
  struct {
    const char* name;
    NativeFn fn;
  } fns[] = {{"print", b_print},
             {"input", b_input},
             {"len", b_len},
             {"repr", b_repr},
             {"ascii", b_ascii},
             {"hash", b_hash},
             {"id", b_id},
             {"callable", b_callable},
             {"getattr", b_getattr},
             {"setattr", b_setattr},
             {"delattr", b_delattr},
             {"hasattr", b_hasattr},
             {"isinstance", b_isinstance},
             {"issubclass", b_issubclass},
             {"iter", b_iter},
             {"next", b_next},
             {"sorted", b_sorted},
             {"min", b_min},
             {"max", b_max},
             {"sum", b_sum},
             {"any", b_any},
             {"all", b_all},
             {"abs", b_abs},
             {"round", b_round},
             {"divmod", b_divmod},
             {"pow", b_pow},
             {"hex", b_hex},
             {"oct", b_oct},
             {"bin", b_bin},
             {"ord", b_ord},
             {"chr", b_chr},
             {"format", b_format},
             {"vars", b_vars},
             {"dir", b_dir},
             {"__build_class__", builtin_build_class}};
  for (auto& f : fns) module_add_function(m.get(), f.name, f.fn);
  struct {
    const char* name;
    Object* value;
  } values[] = {{"None", None},
                {"True", True_},
                {"False", False_},
                {"Ellipsis", Ellipsis},
                {"NotImplemented", NotImplemented},
                {"__debug__", True_},
                {"object", object_type},
                {"type", type_type},
                {"int", int_type},
                {"bool", bool_type},
                {"float", float_type},
                {"str", str_type},
                {"bytes", bytes_type},
                {"tuple", tuple_type},
                {"list", list_type},
                {"dict", dict_type},
                {"set", set_type},
                {"frozenset", frozenset_type},
                {"range", range_type},
                {"slice", slice_type},
                {"property", property_type},
                {"staticmethod", staticmethod_type},
                {"classmethod", classmethod_type},
                {"super", super_type},
                {"enumerate", enumerate_type},
                {"zip", zip_type},
                {"map", map_type},
                {"filter", filter_type},
                {"reversed", reversed_type}};
  for (auto& v : values) module_add(m.get(), v.name, v.value);
  for (Type* t : all_exception_types()) module_add(m.get(), t->name, t);
  module_add(m.get(), "EnvironmentError", exc::OSError);
  module_add(m.get(), "IOError", exc::OSError);
  return m;
}

}  // namespace al
