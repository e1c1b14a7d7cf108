// bytes: immutable byte strings (CPython: Objects/bytesobject.c).
#pragma once

#include <string>

#include "engine/runtime/object.h"

namespace al {

struct Bytes : Object {
  std::string data;
  int64_t hash_cache = -1;
  Bytes(Type* t, std::string d) : Object(t), data(std::move(d)) {}
};

Ref<Bytes> bytes_from(std::string_view data);
std::string bytes_repr(std::string_view data);
// The bytes of a bytes or bytearray object; TypeError otherwise.
std::string bytes_like_data(Object* o);

void init_bytes_type();

}  // namespace al
