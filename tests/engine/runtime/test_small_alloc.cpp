// small_alloc: the pools behind every object (engine/runtime/small_alloc.h).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <thread>
#include <vector>

#include "engine/runtime/small_alloc.h"

using namespace al;

TEST_CASE("small_alloc blocks are 16-byte aligned, writable and distinct") {
  std::vector<void*> blocks;
  for (size_t size : {1u, 16u, 17u, 40u, 48u, 511u, 512u, 513u, 4096u}) {
    for (int k = 0; k < 3; ++k) {
      void* p = small_alloc::allocate(size);
      CHECK(reinterpret_cast<uintptr_t>(p) % 16 == 0);
      std::memset(p, 0xAB, size);
      blocks.push_back(p);
    }
  }
  for (size_t i = 0; i < blocks.size(); ++i) {
    for (size_t j = i + 1; j < blocks.size(); ++j) CHECK(blocks[i] != blocks[j]);
  }
  size_t i = 0;
  for (size_t size : {1u, 16u, 17u, 40u, 48u, 511u, 512u, 513u, 4096u}) {
    for (int k = 0; k < 3; ++k) small_alloc::release(blocks[i++], size);
  }
}

#ifndef AL_SMALL_ALLOC_OFF
TEST_CASE("small_alloc reuses a freed block for the next request of its size class") {
  void* a = small_alloc::allocate(40);
  small_alloc::release(a, 40);
  CHECK(small_alloc::allocate(33) == a);  // 33..48 bytes share a class
  void* b = small_alloc::allocate(64);
  CHECK(b != a);
  small_alloc::release(b, 64);
  small_alloc::release(a, 48);
  CHECK(small_alloc::allocate(48) == a);
  CHECK(small_alloc::allocate(49) == b);
}
#endif

#ifndef AL_SMALL_ALLOC_OFF
namespace {
// 449..464 bytes: a class no object of the runtime uses, so each test sees only its own blocks.
constexpr size_t kTestSize = 460;
}  // namespace

TEST_CASE("small_alloc packs a class into whole pools and takes emptied pools back") {
  const size_t per_pool = (small_alloc::kPoolSize - small_alloc::kPoolHeader) / 464;
  const size_t n = 40 * per_pool + 3;
  for (int round = 0; round < 2; ++round) {
    std::vector<void*> blocks;
    for (size_t i = 0; i < n; ++i) blocks.push_back(small_alloc::allocate(kTestSize));
    std::vector<uintptr_t> pools;
    for (void* p : blocks) pools.push_back(reinterpret_cast<uintptr_t>(small_alloc::pool_of(p)));
    std::sort(pools.begin(), pools.end());
    pools.erase(std::unique(pools.begin(), pools.end()), pools.end());
    CHECK(pools.size() == (n + per_pool - 1) / per_pool);  // every pool but the last is full
    for (void* p : blocks) CHECK(small_alloc::pool_of(p)->cls == 464 / 16 - 1);
    for (void* p : blocks) small_alloc::release(p, kTestSize);
  }
}

TEST_CASE("small_alloc returns a block freed on another thread to the thread that owns it") {
  void* p = small_alloc::allocate(kTestSize);
  std::thread([p] { small_alloc::release(p, kTestSize); }).join();
  std::vector<void*> taken;
  bool found = false;
  for (int i = 0; i < 1000 && !found; ++i) {
    void* q = small_alloc::allocate(kTestSize);
    found = q == p;
    taken.push_back(q);
  }
  CHECK(found);
  for (void* q : taken) small_alloc::release(q, kTestSize);
}

TEST_CASE("small_alloc hands the heap of an exited thread to the next thread") {
  void* q = nullptr;
  std::thread([&q] { q = small_alloc::allocate(kTestSize); }).join();
  small_alloc::release(q, kTestSize);  // q's owner has exited: a remote free to its heap
  void* r = nullptr;
  std::thread([&r] {
    r = small_alloc::allocate(kTestSize);
    small_alloc::release(r, kTestSize);
  }).join();
  CHECK(r == q);
}
#endif
