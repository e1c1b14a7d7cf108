#include "engine/trace/console_log.h"

#include <algorithm>

namespace al::trace {

std::string_view ConsoleLine::text_at(uint32_t index) const {
  if (index >= last_event || pieces.empty()) return text;
  auto after = std::upper_bound(pieces.begin(), pieces.end(), index,
                                [](uint32_t i, const auto& piece) { return i < piece.first; });
  size_t length = after == pieces.begin() ? 0 : std::prev(after)->second;
  return std::string_view(text).substr(0, length);
}

void ConsoleLog::add(const Event& e, std::string_view text) {
  uint32_t& open = open_[static_cast<size_t>(e.stream()) & 1];
  while (!text.empty()) {
    size_t newline = text.find('\n');
    std::string_view part = text.substr(0, newline);
    if (open == kNone) {
      open = static_cast<uint32_t>(lines_.size());
      ConsoleLine line;
      line.first_event = e.index;
      line.task = e.task;
      line.stream = e.stream();
      line.line = e.line;
      lines_.push_back(std::move(line));
    }
    ConsoleLine& line = lines_[open];
    if (line.first_event != e.index && line.pieces.empty()) {
      line.pieces.emplace_back(line.first_event, static_cast<uint32_t>(line.text.size()));
    }
    line.text += part;
    line.last_event = e.index;
    if (!line.pieces.empty()) {
      if (line.pieces.back().first == e.index) {
        line.pieces.back().second = static_cast<uint32_t>(line.text.size());
      } else {
        line.pieces.emplace_back(e.index, static_cast<uint32_t>(line.text.size()));
      }
    }
    if (newline == std::string_view::npos) break;
    line.complete = true;
    open = kNone;
    text.remove_prefix(newline + 1);
  }
}

uint32_t ConsoleLog::count_at(uint32_t index) const {
  auto it = std::upper_bound(lines_.begin(), lines_.end(), index,
                             [](uint32_t i, const ConsoleLine& l) { return i < l.first_event; });
  return static_cast<uint32_t>(it - lines_.begin());
}

}  // namespace al::trace
