#include "engine/trace/string_table.h"

#include <cstring>

namespace al::trace {

namespace {
// Strings are packed into blocks of this size; a longer string gets a block of its own.
constexpr size_t kBlockSize = 64 * 1024;
}  // namespace

StringTable::StringTable() {
  views_.push_back(std::string_view());
  index_.emplace(std::string_view(), StrId::empty);
}

StrId StringTable::intern(std::string_view text) {
  auto it = index_.find(text);
  if (it != index_.end()) return it->second;
  std::string_view stored = store(text);
  auto id = static_cast<StrId>(views_.size());
  views_.push_back(stored);
  index_.emplace(stored, id);
  return id;
}

StrId StringTable::add(std::string_view text) {
  if (text.empty()) return StrId::empty;
  auto id = static_cast<StrId>(views_.size());
  views_.push_back(store(text));
  return id;
}

std::string_view StringTable::store(std::string_view text) {
  if (text.size() > kBlockSize / 4) {
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(text.size()));
    std::memcpy(blocks_.back().get(), text.data(), text.size());
    return {blocks_.back().get(), text.size()};
  }
  if (open_block_ == nullptr || block_used_ + text.size() > kBlockSize) {
    // Not zeroed: only bytes written here are ever read.
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(kBlockSize));
    open_block_ = blocks_.back().get();
    block_used_ = 0;
  }
  char* dest = open_block_ + block_used_;
  std::memcpy(dest, text.data(), text.size());
  block_used_ += text.size();
  return {dest, text.size()};
}

}  // namespace al::trace
