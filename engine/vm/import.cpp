// Import of built-in modules (CPython: Python/import.c PyImport_ImportModuleLevelObject,
// import_from, import_all_from).
#include "engine/vm/import.h"

#include <map>

#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/int.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/list.h"
#include "engine/runtime/module.h"
#include "engine/runtime/names.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/types.h"

namespace al {

namespace {

std::map<std::string, ModuleFactory>& registry() {
  static std::map<std::string, ModuleFactory> r;
  return r;
}

[[noreturn]] void raise_not_found(const std::string& name, const std::string& message) {
  Value e = new_exception(exc::ModuleNotFoundError, message);
  auto* ie = static_cast<ImportErrorObject*>(as_exception(e.get()));
  ie->name = str_from(name);
  ie->msg = str_from(message);
  raise(std::move(e));
}

bool has_children(const std::string& name) {
  const std::string prefix = name + ".";
  auto it = registry().lower_bound(prefix);
  return it != registry().end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

void register_module(const std::string& name, ModuleFactory factory) {
  registry()[name] = factory;
}

bool is_module_registered(const std::string& name) {
  return registry().count(name) > 0;
}

Value import_module(const std::string& name) {
  Dict* modules = interp().modules.get();
  if (Object* m = dict_get_cstr(modules, name)) return Value(m);
  Value parent;
  const size_t dot = name.rfind('.');
  if (dot != std::string::npos) {
    const std::string parent_name = name.substr(0, dot);
    parent = import_module(parent_name);
    if (Object* m = dict_get_cstr(modules, name)) return Value(m);
    if (!getattr_opt(parent.get(), intern("__path__"))) {
      raise_not_found(name,
                      "No module named '" + name + "'; '" + parent_name + "' is not a package");
    }
  }
  auto it = registry().find(name);
  if (it == registry().end()) raise_not_found(name, "No module named '" + name + "'");
  Ref<Module> m = it->second();
  Dict* d = m->dict.get();
  if (!dict_get_str(d, dunder::name)) dict_set_str(d, "__name__", str_from(name).get());
  if (has_children(name) && !dict_get_cstr(d, "__path__")) {
    Ref<List> path = list_new();
    dict_set_str(d, "__path__", path.get());
  }
  if (!dict_get_cstr(d, "__spec__")) dict_set_str(d, "__spec__", None);
  if (!dict_get_cstr(d, "__loader__")) dict_set_str(d, "__loader__", None);
  if (!dict_get_cstr(d, "__package__")) {
    dict_set_str(d, "__package__",
                 str_from(dot == std::string::npos ? name : name.substr(0, dot)).get());
  }
  dict_set_str(modules, name, m.get());
  if (parent) setattr(parent.get(), intern(name.substr(dot + 1)), m.get());
  return m;
}

Value import_name(Str* name, Object* fromlist, Object* level, Dict* globals) {
  int64_t lvl = 0;
  if (level) int_as_int64(level, lvl);
  if (lvl > 0) {
    Object* package = dict_get_cstr(globals, "__package__");
    if (!package || package == None ||
        (is_instance(package, str_type) && static_cast<Str*>(package)->s.empty())) {
      raise(exc::ImportError, "attempted relative import with no known parent package");
    }
    std::string base = str(package)->s;
    std::string full = name->s.empty() ? base : base + "." + name->s;
    return import_module(full);
  }
  if (name->s.empty()) raise(exc::ValueError, "Empty module name");
  Value m = import_module(name->s);
  const bool has_fromlist = fromlist && fromlist != None && truthy(fromlist);
  if (has_fromlist) return m;
  const size_t dot = name->s.find('.');
  if (dot == std::string::npos) return m;
  return import_module(name->s.substr(0, dot));
}

Value import_from(Object* module, Str* name) {
  if (Value v = getattr_opt(module, name)) return v;
  Value pkgname = getattr_opt(module, dunder::name);
  if (pkgname && is_instance(pkgname.get(), str_type)) {
    std::string full = static_cast<Str*>(pkgname.get())->s + "." + name->s;
    if (is_module_registered(full)) return import_module(full);
  }
  std::string pkg = pkgname && is_instance(pkgname.get(), str_type)
                        ? static_cast<Str*>(pkgname.get())->s
                        : "<unknown module name>";
  std::string message =
      "cannot import name '" + name->s + "' from '" + pkg + "' (unknown location)";
  Value e = new_exception(exc::ImportError, message);
  auto* ie = static_cast<ImportErrorObject*>(as_exception(e.get()));
  ie->name = str_from(pkg);
  ie->msg = str_from(message);
  raise(std::move(e));
}

void import_star(Object* module, Object* locals) {
  if (!locals) raise(exc::SystemError, "no locals found during 'import *'");
  Value all = getattr_opt(module, intern("__all__"));
  bool skip_private = false;
  if (!all) {
    Value d = getattr_opt(module, dunder::dict);
    if (!d) raise(exc::ImportError, "from-import-* object has no __dict__ and no __all__");
    all = call_method(d.get(), "keys", {});
    skip_private = true;
  }
  Value it = get_iter(all.get());
  while (Value n = iter_next(it.get())) {
    if (!is_instance(n.get(), str_type)) {
      raise(exc::TypeError, "Item in " + std::string(skip_private ? "__dict__.keys()" : "__all__") +
                                " must be str, not " + n->type->name);
    }
    auto* s = static_cast<Str*>(n.get());
    if (skip_private && !s->s.empty() && s->s[0] == '_') continue;
    Value v = getattr(module, s);
    if (is_exactly(locals, dict_type)) {
      dict_set(static_cast<Dict*>(locals), intern(s), v.get());
    } else {
      setitem(locals, s, v.get());
    }
  }
}

}  // namespace al
