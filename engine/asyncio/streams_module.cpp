// asyncio's streams API (CPython: Lib/asyncio/streams.py, base_events.py Server): the names are
// defined in engine/modules/py/_asyncio_streams.py (StreamReader comes from C++ through it,
// engine/asyncio/stream_reader.cpp) and reach the asyncio module through
// its module-level __getattr__ (PEP 562) on first use, so scripts that never touch the network
// do not pay for compiling them.
#include <array>
#include <string_view>
#include <utility>

#include "engine/asyncio/asyncio_module.h"
#include "engine/asyncio/asyncio_state.h"
#include "engine/asyncio/net_socket.h"
#include "engine/modules/py_signature.h"
#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/module.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/import.h"

namespace al {

namespace {

// CPython: asyncio.streams.__all__ plus base_events.Server.
constexpr std::array<std::string_view, 6> kStreamNames = {"StreamReader",         "StreamWriter",
                                                          "StreamReaderProtocol", "open_connection",
                                                          "start_server",         "Server"};

Module* g_asyncio = nullptr;

Value asyncio_getattr(Object*, Args a) {
  check_one_arg(a, "__getattr__");
  if (!is_instance(a[0], str_type)) raise(exc::TypeError, "attribute name must be string");
  Str* name = static_cast<Str*>(a[0]);
  for (std::string_view n : kStreamNames) {
    if (name->s != n) continue;
    Value streams = import_module("_asyncio_streams");
    for (std::string_view each : kStreamNames) {
      Value v = getattr(streams.get(), each);
      module_add(g_asyncio, std::string(each).c_str(), v.get());
    }
    return getattr(streams.get(), name);
  }
  raise_attribute_error(g_asyncio, name, "module 'asyncio' has no attribute '" + name->s + "'");
}

// CPython: exceptions.py IncompleteReadError.__init__(partial, expected).
Value incomplete_read_init(Object* self, Args a) {
  Object* v[2];
  bind_py_args(a, {"IncompleteReadError.__init__", {"partial", "expected"}, 2}, v);
  const std::string expected = v[1] == None ? "undefined" : repr(v[1])->s;
  Value msg = str_from(std::to_string(length(v[0])) + " bytes read on a total of " + expected +
                       " expected bytes");
  static_cast<BaseExceptionObject*>(self)->args = tuple_from({msg.get()});
  setattr(self, str_from("partial").get(), v[0]);
  setattr(self, str_from("expected").get(), v[1]);
  return none();
}

// CPython: exceptions.py LimitOverrunError.__init__(message, consumed).
Value limit_overrun_init(Object* self, Args a) {
  Object* v[2];
  bind_py_args(a, {"LimitOverrunError.__init__", {"message", "consumed"}, 2}, v);
  static_cast<BaseExceptionObject*>(self)->args = tuple_from({v[0]});
  setattr(self, str_from("consumed").get(), v[1]);
  return none();
}

}  // namespace

void asyncio_register_streams() {
  register_net_socket_module();
  asyncio_add_extension(+[](Module* m) {
    g_asyncio = m;
    // Set through setattr as well, so the types' init slot (not only their dict) changes.
    for (auto [type, fn] : {std::pair{aio().IncompleteReadError, &incomplete_read_init},
                            std::pair{aio().LimitOverrunError, &limit_overrun_init}}) {
      add_method(type, "__init__", fn);
      Value method = getattr(type, "__init__");
      setattr(type, str_from("__init__").get(), method.get());
    }
    Value f = make_builtin("__getattr__", asyncio_getattr);
    module_add(m, "__getattr__", f.get());
  });
}

}  // namespace al
