// The trace's string table: every label, name and text an event mentions is stored once and
// referred to by a StrId, so events stay fixed-size PODs.
//
// One writer thread interns; any thread may read a published id. Strings live in large blocks
// that never move; the id → view table is a ChunkedVector, so readers need no lock. An id read
// from a published event is always readable, because the writer interns before it publishes.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/trace/chunked_vector.h"
#include "engine/trace/event.h"

namespace al::trace {

class StringTable {
 public:
  StringTable();  // id 0 is the empty string
  StringTable(const StringTable&) = delete;
  StringTable& operator=(const StringTable&) = delete;

  // Writer only. Looking up an existing string allocates nothing.
  StrId intern(std::string_view text);
  // Writer only: stores `text` under a new id without looking for an equal string (intern()
  // never returns that id).
  StrId add(std::string_view text);

  // Any thread, for an id that has been published.
  std::string_view get(StrId id) const { return views_[static_cast<uint32_t>(id)]; }
  size_t size() const { return views_.size(); }

 private:
  std::string_view store(std::string_view text);

  ChunkedVector<std::string_view> views_;
  std::unordered_map<std::string_view, StrId> index_;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* open_block_ = nullptr;  // the block small strings are appended to
  size_t block_used_ = 0;
};

}  // namespace al::trace
