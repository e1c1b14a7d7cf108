#include "app/gui/edit_store.h"

#include "app/gui/fnv_hash.h"
#include "app/gui/paths.h"

namespace al::gui {

namespace {

std::string sanitize(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.';
    out += ok ? c : '_';
  }
  return out.empty() || out[0] == '.' ? "_" + out : out;
}

}  // namespace

std::string edit_key_for_lesson(const std::string& lesson_id) {
  return sanitize(lesson_id);
}

std::string edit_key_for_file(const std::filesystem::path& file) {
  std::error_code ec;
  std::filesystem::path abs = std::filesystem::absolute(file, ec);
  // The stem keeps the name readable; the hash keeps two files called main.py apart.
  return "file-" + sanitize(file.stem().string()) + "-" + fnv1a_hex(abs.string()).substr(0, 8);
}

std::filesystem::path EditStore::path_for(const std::string& key) const {
  return dir_ / (key + ".py");
}

std::optional<std::string> EditStore::load(const std::string& key) const {
  if (pending_ && key == key_) return text_;
  std::string text;
  if (!read_file(path_for(key), text)) return std::nullopt;
  return text;
}

void EditStore::changed(const std::string& key, std::string text, double now) {
  if (pending_ && key != key_) flush(now, true);
  key_ = key;
  text_ = std::move(text);
  changed_at_ = now;
  pending_ = true;
}

bool EditStore::flush(double now, bool force) {
  if (!pending_ || (!force && now - changed_at_ < kDelay)) return false;
  pending_ = false;
  return write_file_atomic(path_for(key_), text_);
}

void EditStore::discard(const std::string& key) {
  if (pending_ && key == key_) pending_ = false;
  std::error_code ec;
  std::filesystem::remove(path_for(key), ec);
}

}  // namespace al::gui
