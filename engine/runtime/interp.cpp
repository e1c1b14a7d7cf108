// The process-wide interpreter state and its default sinks (stdout, stderr, stdin).
#include "engine/runtime/interp.h"

#include <cstdio>
#include <iostream>

#include "engine/runtime/dict.h"
#include "engine/runtime/module.h"
#include "engine/runtime/types.h"

namespace al {

Interp::Interp()
    : out([](std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); }),
      err([](std::string_view s) {
        std::fflush(stdout);
        std::fwrite(s.data(), 1, s.size(), stderr);
      }),
      flush_out([] { std::fflush(stdout); }),
      read_line([](std::string& line) { return bool(std::getline(std::cin, line)); }) {}

Interp& interp() {
  // The state itself holds no objects, so either interp() or runtime_init() may come first:
  // runtime_init() reaches interp() through its allocations and creates sys.modules last, and
  // an interp() call made while runtime_init() runs returns at once (its guard is already set).
  static Interp instance;
  static bool started = false;
  if (!started) [[unlikely]] {
    started = true;
    runtime_init();
  }
  return instance;
}

}  // namespace al
