// The slow paths of small_alloc.h: heaps, arenas, pools and remote frees (CPython:
// Objects/obmalloc.c, new_arena / allocate_from_new_pool / insert_to_usedpool /
// insert_to_freepool).
//
// Index
//   1. Heaps: one per thread, kept for the next thread when a thread exits
//   2. Arenas: 1 MiB mappings of 16 KiB pools, fewest free pools first
//   3. Pools: allocation slow path, extension, relinking
//   4. Remote frees
#include "engine/runtime/small_alloc.h"

#ifndef AL_SMALL_ALLOC_OFF
#include <pthread.h>
#include <sys/mman.h>

#include <algorithm>
#include <mutex>
#endif

namespace al::small_alloc {

constinit thread_local Heap* tl_heap = nullptr;

#ifndef AL_SMALL_ALLOC_OFF

struct Arena {
  void* mapping;        // what mmap returned; kArenaSize bytes
  Pool* freepools;      // pools handed back, linked through nextpool
  char* untouched;      // the first pool never used
  uint32_t nuntouched;  // pools from untouched to the end of the mapping
  uint32_t nfreepools;  // freepools plus untouched ones
  uint32_t ntotalpools;
  Arena* next;  // in the heap's usable list
  Arena* prev;
};

namespace {

// ---------------------------------------------------------------------------------------------
// 1. Heaps
// ---------------------------------------------------------------------------------------------

std::mutex g_heaps_mutex;
Heap* g_orphans = nullptr;
pthread_key_t g_exit_key;
bool g_exit_key_made = false;

// Thread exit (pthread key destructor): the heap keeps its blocks and waits for a new thread.
void orphan_heap(void* v) {
  auto* h = static_cast<Heap*>(v);
  if (tl_heap == h) tl_heap = nullptr;
  std::lock_guard<std::mutex> lk(g_heaps_mutex);
  h->next_orphan = g_orphans;
  g_orphans = h;
}

Heap* acquire_heap() {
  Heap* h;
  {
    std::lock_guard<std::mutex> lk(g_heaps_mutex);
    if (!g_exit_key_made) {
      if (pthread_key_create(&g_exit_key, orphan_heap) != 0) throw std::bad_alloc();
      g_exit_key_made = true;
    }
    if (g_orphans) {
      h = g_orphans;
      g_orphans = h->next_orphan;
      h->next_orphan = nullptr;
    } else {
      h = new Heap();
    }
  }
  pthread_setspecific(g_exit_key, h);
  tl_heap = h;
  return h;
}

// ---------------------------------------------------------------------------------------------
// 2. Arenas
// ---------------------------------------------------------------------------------------------

// Entirely free arenas a heap keeps mapped.
constexpr uint32_t kKeepEmpty = 16;

void unlink_arena(Heap* h, Arena* a) {
  if (a->prev) {
    a->prev->next = a->next;
  } else {
    h->usable = a->next;
  }
  if (a->next) a->next->prev = a->prev;
  a->next = a->prev = nullptr;
}

// CPython: new_arena; the mapping is only as aligned as a page, so the first partial pool is
// skipped.
Arena* new_arena(Heap* h) {
  void* m = mmap(nullptr, kArenaSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (m == MAP_FAILED) throw std::bad_alloc();
  const uintptr_t start = reinterpret_cast<uintptr_t>(m);
  const uintptr_t first = (start + kPoolSize - 1) & ~uintptr_t(kPoolSize - 1);
  auto* a = new Arena();
  a->mapping = m;
  a->untouched = reinterpret_cast<char*>(first);
  a->ntotalpools = a->nfreepools = a->nuntouched =
      uint32_t((start + kArenaSize - first) / kPoolSize);
  a->next = h->usable;
  if (a->next) a->next->prev = a;
  h->usable = a;
  ++h->nempty;
  return a;
}

// CPython: insert_to_freepool's arena bookkeeping. An arena with every pool free is unmapped
// once the heap keeps kKeepEmpty such arenas: a program that frees and rebuilds a large
// structure in a loop would otherwise pay for fresh pages (faults and zeroing) every round.
void pool_to_arena(Heap* h, Pool* p) {
  Arena* a = p->arena;
  p->nextpool = a->freepools;
  a->freepools = p;
  ++a->nfreepools;
  const bool listed = a->nfreepools > 1;  // an arena with no free pool is not in usable
  if (a->nfreepools == a->ntotalpools) {
    if (h->nempty >= kKeepEmpty) {
      if (listed) unlink_arena(h, a);
      munmap(a->mapping, kArenaSize);
      delete a;
      return;
    }
    ++h->nempty;
  }
  if (!listed) {
    a->next = h->usable;
    a->prev = nullptr;
    if (a->next) a->next->prev = a;
    h->usable = a;
    return;
  }
  // Keep the list sorted by free pools, so that the fullest arenas serve first and the
  // emptiest can drain.
  while (a->next && a->next->nfreepools < a->nfreepools) {
    Arena* n = a->next;
    unlink_arena(h, a);
    a->next = n->next;
    a->prev = n;
    if (n->next) n->next->prev = a;
    n->next = a;
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Pools
// ---------------------------------------------------------------------------------------------

void unlink_pool(Heap* h, Pool* p) {
  if (p->prevpool) {
    p->prevpool->nextpool = p->nextpool;
  } else {
    h->used[p->cls] = p->nextpool;
  }
  if (p->nextpool) p->nextpool->prevpool = p->prevpool;
  p->nextpool = p->prevpool = nullptr;
}

void link_pool_first(Heap* h, Pool* p) {
  p->prevpool = nullptr;
  p->nextpool = h->used[p->cls];
  if (p->nextpool) p->nextpool->prevpool = p;
  h->used[p->cls] = p;
}

// CPython: allocate_from_new_pool. The arena at the head of usable has the fewest free pools.
Pool* new_pool(Heap* h, size_t cls) {
  Arena* a = h->usable ? h->usable : new_arena(h);
  Pool* p;
  if (a->freepools) {
    p = a->freepools;
    a->freepools = p->nextpool;
  } else {
    p = reinterpret_cast<Pool*>(a->untouched);
    a->untouched += kPoolSize;
    --a->nuntouched;
  }
  if (a->nfreepools-- == a->ntotalpools) --h->nempty;
  if (a->nfreepools == 0) unlink_arena(h, a);
  const auto size = uint32_t((cls + 1) * kGranule);
  p->ref = 0;
  p->cls = uint32_t(cls);
  p->arena = a;
  p->owner = h;
  p->freeblock = reinterpret_cast<Block*>(reinterpret_cast<char*>(p) + kPoolHeader);
  p->freeblock->next = nullptr;
  p->nextoffset = uint32_t(kPoolHeader + size);
  p->maxnextoffset = uint32_t(kPoolSize - size);
  link_pool_first(h, p);
  return p;
}

void drain_remote(Heap* h);

}  // namespace

void* allocate_slow(size_t cls) {
  Heap* h = tl_heap ? tl_heap : acquire_heap();
  drain_remote(h);
  Pool* p = h->used[cls];
  if (!p) p = new_pool(h, cls);
  Block* b = p->freeblock;
  ++p->ref;
  if (!(p->freeblock = b->next)) extend(p);
  return b;
}

// The free list is empty: carve the next few never-used blocks into it (a few at a time, so
// the pool's pages are touched only as they are needed), or take the full pool out of the
// used list.
void extend(Pool* p) {
  constexpr uint32_t kCarve = 16;
  const uint32_t size = (p->cls + 1) * uint32_t(kGranule);
  if (p->nextoffset <= p->maxnextoffset) {
    char* base = reinterpret_cast<char*>(p);
    const uint32_t n = std::min(kCarve, (p->maxnextoffset - p->nextoffset) / size + 1);
    auto* first = reinterpret_cast<Block*>(base + p->nextoffset);
    Block* b = first;
    for (uint32_t i = 1; i < n; ++i) {
      auto* next = reinterpret_cast<Block*>(reinterpret_cast<char*>(b) + size);
      b->next = next;
      b = next;
    }
    b->next = nullptr;
    p->nextoffset += n * size;
    p->freeblock = first;
    return;
  }
  unlink_pool(p->owner, p);
}

// CPython: insert_to_usedpool (a full pool got a block back: it serves next) and
// insert_to_freepool (an empty pool goes back to its arena, unless it is its class's only one).
void relink(Pool* p) {
  Heap* h = p->owner;
  const bool listed = h->used[p->cls] == p || p->prevpool != nullptr;
  if (p->ref != 0) {
    if (!listed) link_pool_first(h, p);
    return;
  }
  if (listed && h->used[p->cls] == p && !p->nextpool) return;
  if (listed) unlink_pool(h, p);
  pool_to_arena(h, p);
}

// ---------------------------------------------------------------------------------------------
// 4. Remote frees
// ---------------------------------------------------------------------------------------------

void release_remote(Pool* p, void* block) {
  Heap* h = p->owner;
  auto* b = static_cast<Block*>(block);
  Block* head = h->remote.load(std::memory_order_relaxed);
  do {
    b->next = head;
  } while (!h->remote.compare_exchange_weak(head, b, std::memory_order_release,
                                            std::memory_order_relaxed));
}

namespace {

void drain_remote(Heap* h) {
  if (!h->remote.load(std::memory_order_relaxed)) return;
  Block* b = h->remote.exchange(nullptr, std::memory_order_acquire);
  while (b) {
    Block* next = b->next;
    release_local(pool_of(b), b);
    b = next;
  }
}

}  // namespace

#endif

}  // namespace al::small_alloc
