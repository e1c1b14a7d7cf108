// Memory for objects: pymalloc-style pools (CPython: Objects/obmalloc.c). Blocks of up to 512
// bytes come from 16 KiB pools of one 16-byte size class, carved from 1 MiB arenas; each pool
// keeps its own free list, and a class allocates from its first non-full pool, so objects made
// together stay together and a pool whose blocks are all freed goes back to its arena.
//
// Threads: every thread has its own heap (pools and arenas). A block freed by a thread that
// does not own its pool is pushed on the owner heap's lock-free list of remote frees, which the
// owner drains the next time it needs a new pool. A heap whose thread exits is kept, with its
// live blocks, and handed to the next thread that starts allocating.
// Under AddressSanitizer every block goes to the global heap, where ASan checks it.
#pragma once

#include <atomic>
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
constexpr size_t kPoolSize = size_t(16) << 10;
constexpr size_t kArenaSize = size_t(1) << 20;

struct Block {
  Block* next;
};

struct Arena;
struct Heap;

// The header at the start of every pool (CPython: struct pool_header).
struct Pool {
  Block* freeblock;        // next block to hand out; null only while every block is in use
  uint32_t ref;            // blocks in use
  uint32_t cls;            // size class: blocks of (cls + 1) * kGranule bytes
  uint32_t nextoffset;     // offset of the first block never handed out
  uint32_t maxnextoffset;  // the last offset at which a whole block fits
  Pool* nextpool;          // in the heap's list of used pools of cls, or the arena's free pools
  Pool* prevpool;
  Arena* arena;
  Heap* owner;
};
constexpr size_t kPoolHeader = (sizeof(Pool) + kGranule - 1) / kGranule * kGranule;

// One thread's pools (CPython: usedpools, usable_arenas).
struct Heap {
  Pool* used[kClasses];        // pools of each class with a free block; the head serves
  Arena* usable;               // arenas with a free pool, fewest free pools first
  uint32_t nempty;             // arenas in usable with every pool free
  std::atomic<Block*> remote;  // blocks freed by other threads, not yet returned
  Heap* next_orphan;           // in the list of heaps whose thread has exited
};

// Null until the thread's first allocation; constinit, so other files read it without a TLS
// init call.
extern thread_local constinit Heap* tl_heap;

#ifdef AL_SMALL_ALLOC_OFF
inline void* allocate(size_t n) {
  return ::operator new(n);
}
inline void release(void* p, size_t) {
  ::operator delete(p);
}
#else
void* allocate_slow(size_t cls);  // no heap yet, or no pool with a free block
void extend(Pool* p);             // the free list ran out: bump into fresh space or unlink
void relink(Pool* p);             // a full pool got a free block, or a pool became empty
void release_remote(Pool* p, void* block);

inline Pool* pool_of(void* block) {
  return reinterpret_cast<Pool*>(reinterpret_cast<uintptr_t>(block) & ~uintptr_t(kPoolSize - 1));
}

inline void* allocate(size_t n) {
  if (n > kMaxSize) return ::operator new(n);
  const size_t cls = (n - 1) / kGranule;
  Heap* h = tl_heap;
  if (h) [[likely]] {
    if (Pool* p = h->used[cls]) [[likely]] {
      Block* b = p->freeblock;
      ++p->ref;
      if (!(p->freeblock = b->next)) extend(p);
      return b;
    }
  }
  return allocate_slow(cls);
}

// The owner's side of a free (CPython: pymalloc_free).
inline void release_local(Pool* p, void* block) {
  auto* b = static_cast<Block*>(block);
  Block* last = p->freeblock;
  b->next = last;
  p->freeblock = b;
  if (--p->ref == 0 || !last) relink(p);
}

// n is the size the block was allocated with (the sized delete's size).
inline void release(void* block, size_t n) {
  if (n > kMaxSize) {
    ::operator delete(block);
    return;
  }
  Pool* p = pool_of(block);
  if (p->owner != tl_heap) [[unlikely]] {
    release_remote(p, block);
    return;
  }
  release_local(p, block);
}
#endif

}  // namespace al::small_alloc
