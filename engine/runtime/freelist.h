// Recycles the memory of small fixed-size objects (ints, floats) instead of going through
// malloc for every arithmetic result (CPython keeps similar free lists for floats).
#pragma once

#include <cstddef>
#include <new>

namespace al {

template <size_t Size>
class FreeList {
 public:
  static void* allocate() {
    if (count_ > 0) return slots_[--count_];
    return ::operator new(Size);
  }
  static void release(void* p) {
    if (count_ < kCapacity) {
      slots_[count_++] = p;
      return;
    }
    ::operator delete(p);
  }

 private:
  static constexpr size_t kCapacity = 1024;
  static inline void* slots_[kCapacity];
  static inline size_t count_ = 0;
};

// Class-specific operator new/delete using the free list for exactly-sized objects;
// subclasses with extra fields (instance dicts) fall back to the global heap.
#define AL_FREELIST_ALLOCATOR(Class)                                          \
  static void* operator new(size_t size) {                                   \
    if (size == sizeof(Class)) return FreeList<sizeof(Class)>::allocate();   \
    return ::operator new(size);                                             \
  }                                                                          \
  static void operator delete(void* p, size_t size) {                        \
    if (size == sizeof(Class)) return FreeList<sizeof(Class)>::release(p);   \
    ::operator delete(p);                                                    \
  }

}  // namespace al
