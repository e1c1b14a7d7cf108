// An append-only vector for one writer thread and any number of reader threads.
//
// Elements live in chunks whose sizes double (2^kFirstBits, 2^(kFirstBits+1), ...), so an element
// never moves once written and a reader holding an index never sees a reallocation. The writer
// fills element i and then publishes size i+1 with a release store; a reader that loads size()
// (acquire) may read every element below it, with no lock, while the writer keeps appending.
// Chunk pointers are written before the size that makes them reachable, so they need no atomics.
#pragma once

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <type_traits>
#include <utility>

namespace al::trace {

namespace detail {
// Uninitialised storage for `bytes` (malloc: huge pages made runs slower and erratic, with
// compaction stalls); release with std::free.
void* alloc_chunk(size_t bytes);
struct FreeChunk {
  void operator()(void* p) const { std::free(p); }
};
}  // namespace detail

template <class T, unsigned kFirstBits = 10>
class ChunkedVector {
  // Elements are written into raw storage and never destroyed.
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

 public:
  ChunkedVector() = default;
  ChunkedVector(const ChunkedVector&) = delete;
  ChunkedVector& operator=(const ChunkedVector&) = delete;

  // Number of published elements (any thread).
  size_t size() const { return size_.load(std::memory_order_acquire); }

  // Element i < size() (any thread).
  const T& operator[](size_t i) const {
    auto [chunk, offset] = locate(i);
    return chunks_[chunk][offset];
  }

  // Writer only: an element that is already published may be patched before any reader can
  // reach it through another structure (the recorder's arenas are only reached through events).
  T& mutable_at(size_t i) {
    auto [chunk, offset] = locate(i);
    return chunks_[chunk][offset];
  }

  // Writer only: appends and publishes.
  void push_back(const T& value) {
    size_t n = size_.load(std::memory_order_relaxed);
    auto [chunk, offset] = locate(n);
    // Not value-initialised: readers never look at or past size(), so zeroing would be waste.
    if (!chunks_[chunk]) allocate(chunk);
    chunks_[chunk][offset] = value;
    size_.store(n + 1, std::memory_order_release);
  }

  // Writer only: room for `count` elements after the published ones, when the current chunk
  // has it (null otherwise, and then append() is the way): the writer fills a prefix of it and
  // publishes that with commit(). Saves building a record elsewhere and copying it.
  T* room(size_t count) {
    size_t n = size_.load(std::memory_order_relaxed);
    auto [chunk, offset] = locate(n);
    if (offset + count > size_t{1} << (chunk + kFirstBits)) return nullptr;
    if (!chunks_[chunk]) allocate(chunk);
    return chunks_[chunk].get() + offset;
  }
  void commit(size_t count) {
    size_.store(size_.load(std::memory_order_relaxed) + count, std::memory_order_release);
  }

  // Writer only: appends `count` elements and publishes them together.
  void append(const T* values, size_t count) {
    size_t n = size_.load(std::memory_order_relaxed);
    for (size_t done = 0; done < count;) {
      auto [chunk, offset] = locate(n + done);
      size_t chunk_size = size_t{1} << (chunk + kFirstBits);
      if (!chunks_[chunk]) allocate(chunk);
      size_t part = std::min(count - done, chunk_size - offset);
      std::copy(values + done, values + done + part, chunks_[chunk].get() + offset);
      done += part;
    }
    size_.store(n + count, std::memory_order_release);
  }

 private:
  void allocate(unsigned chunk) {
    chunks_[chunk].reset(static_cast<T*>(detail::alloc_chunk(sizeof(T) << (chunk + kFirstBits))));
  }

  // Chunk k holds indices [2^(k+b) - 2^b, 2^(k+b+1) - 2^b): shifting i by 2^b makes the chunk
  // number the position of the highest set bit.
  static std::pair<unsigned, size_t> locate(size_t i) {
    size_t j = i + (size_t{1} << kFirstBits);
    unsigned top = static_cast<unsigned>(std::bit_width(j)) - 1;
    return {top - kFirstBits, j - (size_t{1} << top)};
  }

  std::array<std::unique_ptr<T[], detail::FreeChunk>, 64 - kFirstBits> chunks_;
  std::atomic<size_t> size_{0};
};

}  // namespace al::trace
