#include "engine/trace/chunked_vector.h"

#include <new>

namespace al::trace::detail {

void* alloc_chunk(size_t bytes) {
  void* p = std::malloc(bytes);
  if (!p) throw std::bad_alloc();
  return p;
}

}  // namespace al::trace::detail
