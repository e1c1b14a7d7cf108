// Memory for objects: a per-thread cache of recently freed blocks by 16-byte size class in front
// of malloc (CPython: Objects/obmalloc.c serves objects of up to 512 bytes from its own pools).
// A short-lived int or tuple costs no malloc; a cache holds at most kCacheBlocks blocks, so a
// mass release goes back to malloc, which keeps the heap compact and in address order (an
// unbounded LIFO list scatters long-lived objects and slows later passes over them).
// Under AddressSanitizer every block goes to the global heap, where ASan checks it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AL_SMALL_ALLOC_OFF 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define AL_SMALL_ALLOC_OFF 1
#endif

namespace al::small_alloc {

constexpr size_t kGranule = 16;
constexpr size_t kMaxSize = 512;
constexpr size_t kClasses = kMaxSize / kGranule;
constexpr uint32_t kCacheBlocks = 4096;

struct Block {
  Block* next;
};

// Zero-initialised and trivially destructible, so the thread_local needs no init guard.
struct Pools {
  Block* free[kClasses];
  uint32_t count[kClasses];
};
extern thread_local Pools tl_pools;

#ifdef AL_SMALL_ALLOC_OFF
inline void* allocate(size_t n) { return ::operator new(n); }
inline void release(void* p, size_t) { ::operator delete(p); }
#else
inline void* allocate(size_t n) {
  if (n > kMaxSize) return ::operator new(n);
  const size_t cls = (n - 1) / kGranule;
  Block*& head = tl_pools.free[cls];
  if (Block* b = head) {
    head = b->next;
    --tl_pools.count[cls];
    return b;
  }
  return ::operator new((cls + 1) * kGranule);  // the whole class size: any block serves any request
}

inline void release(void* p, size_t n) {
  if (n > kMaxSize) {
    ::operator delete(p);
    return;
  }
  const size_t cls = (n - 1) / kGranule;
  if (tl_pools.count[cls] >= kCacheBlocks) {
    ::operator delete(p);
    return;
  }
  auto* b = static_cast<Block*>(p);
  b->next = tl_pools.free[cls];
  tl_pools.free[cls] = b;
  ++tl_pools.count[cls];
}
#endif

}  // namespace al::small_alloc
