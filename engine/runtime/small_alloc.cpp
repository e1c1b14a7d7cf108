// The per-thread caches of small_alloc.h.
#include "engine/runtime/small_alloc.h"

namespace al::small_alloc {

thread_local Pools tl_pools;

}  // namespace al::small_alloc
