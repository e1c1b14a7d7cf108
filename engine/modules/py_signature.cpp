#include "engine/modules/py_signature.h"

#include <string>
#include <vector>

#include "engine/runtime/exceptions.h"
#include "engine/runtime/str.h"

namespace al {
namespace {

// 'a' / 'a' and 'b' / 'a', 'b', and 'c'. CPython: ceval.c format_missing
std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

[[noreturn]] void missing(const PySignature& sig, const std::vector<std::string>& names,
                          const char* kind) {
  raise(exc::TypeError, std::string(sig.qualname) + "() missing " + std::to_string(names.size()) +
                            " required " + kind + " argument" + (names.size() == 1 ? "" : "s") +
                            ": " + quoted_list(names));
}

}  // namespace

void bind_py_args(Args a, const PySignature& sig, Object** out) {
  const std::vector<const char*> params(sig.params);
  const std::vector<const char*> kwonly(sig.kwonly);
  const size_t self = sig.bound ? 1 : 0;
  const size_t nparams = params.size();
  for (size_t i = 0; i < nparams + kwonly.size(); ++i) out[i] = nullptr;

  // CPython: ceval.c too_many_positional
  if (a.npos > nparams) {
    const size_t argcount = nparams + self;
    const size_t min = sig.required + self;
    std::string takes = min == argcount
                            ? std::to_string(argcount)
                            : "from " + std::to_string(min) + " to " + std::to_string(argcount);
    size_t kw_given = 0;
    for (size_t k = 0; k < a.nkw(); ++k) {
      for (const char* n : kwonly) kw_given += a.kw_name(k)->s == n;
    }
    const size_t given = a.npos + self;
    std::string msg = std::string(sig.qualname) + "() takes " + takes + " positional argument" +
                      (argcount == 1 ? "" : "s") + " but " + std::to_string(given);
    if (kw_given) {
      msg += " positional argument" + std::string(given == 1 ? "" : "s") + " (and " +
             std::to_string(kw_given) + " keyword-only argument" + (kw_given == 1 ? "" : "s") + ")";
    }
    msg += given == 1 && !kw_given ? " was given" : " were given";
    raise(exc::TypeError, msg);
  }
  for (size_t i = 0; i < a.npos; ++i) out[i] = a[i];

  std::vector<std::string> posonly_as_kw;
  for (size_t k = 0; k < a.nkw(); ++k) {
    const std::string& name = a.kw_name(k)->s;
    size_t idx = SIZE_MAX;
    for (size_t i = 0; i < nparams; ++i) {
      if (name == params[i]) idx = i;
    }
    for (size_t i = 0; i < kwonly.size(); ++i) {
      if (name == kwonly[i]) idx = nparams + i;
    }
    if (idx < sig.posonly) {
      posonly_as_kw.push_back(name);
      continue;
    }
    if (idx == SIZE_MAX) {
      raise(exc::TypeError,
            std::string(sig.qualname) + "() got an unexpected keyword argument '" + name + "'");
    }
    if (out[idx]) {
      raise(exc::TypeError,
            std::string(sig.qualname) + "() got multiple values for argument '" + name + "'");
    }
    out[idx] = a.kw_value(k);
  }
  if (!posonly_as_kw.empty()) {
    std::string names;
    for (size_t i = 0; i < posonly_as_kw.size(); ++i) names += (i ? ", " : "") + posonly_as_kw[i];
    raise(exc::TypeError,
          std::string(sig.qualname) +
              "() got some positional-only arguments passed as keyword arguments: '" + names + "'");
  }
  std::vector<std::string> absent;
  for (size_t i = 0; i < sig.required; ++i) {
    if (!out[i]) absent.emplace_back(params[i]);
  }
  if (!absent.empty()) missing(sig, absent, "positional");
}

void check_py_no_args(Args a, const char* qualname) {
  if (a.nkw()) raise(exc::TypeError, std::string(qualname) + "() takes no keyword arguments");
  if (a.npos) {
    raise(exc::TypeError,
          std::string(qualname) + "() takes no arguments (" + std::to_string(a.npos) + " given)");
  }
}

}  // namespace al
