// The console as the trace saw it: output events split into lines, each remembering the task
// and event that printed it, so a GUI can show the console up to any event and jump from a line
// to the moment it was printed.
//
// Lines are kept per stream (a print to stderr does not break a stdout line) and listed in the
// order they began. A line built by several events (print(..., end="")) keeps the text length
// after each of them, so text_at() can show it as it was at any earlier event.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/trace/event.h"

namespace al::trace {

struct ConsoleLine {
  uint32_t first_event = 0;  // the output event that began the line
  uint32_t last_event = 0;   // the latest event that added to it
  TaskId task = 0;           // who began it (0: the loop or a callback)
  Stream stream = Stream::Stdout;
  uint32_t line = 0;      // source line of the first print
  bool complete = false;  // ended by "\n"
  std::string text;       // without the "\n"
  // (event, text length after it) for lines built by several events; empty otherwise.
  std::vector<std::pair<uint32_t, uint32_t>> pieces;

  // The text as it stood after event `index` (index >= first_event).
  std::string_view text_at(uint32_t index) const;
  bool complete_at(uint32_t index) const { return complete && last_event <= index; }
};

class ConsoleLog {
 public:
  // `text` is the ConsoleOutput event's text.
  void add(const Event& e, std::string_view text);
  const std::vector<ConsoleLine>& lines() const { return lines_; }
  // Lines begun at or before event `index`.
  uint32_t count_at(uint32_t index) const;

 private:
  std::vector<ConsoleLine> lines_;
  uint32_t open_[2] = {kNone, kNone};  // per stream: the line still missing its "\n"
};

}  // namespace al::trace
