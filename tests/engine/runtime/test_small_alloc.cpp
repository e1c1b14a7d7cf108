// small_alloc: the pools behind every object (engine/runtime/small_alloc.h).
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
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
