// The process-wide interpreter state and its default sinks (stdout, stderr, stdin).
#include "engine/runtime/interp.h"

#include <cstdio>
#include <iostream>

#include "engine/runtime/dict.h"
#include "engine/runtime/module.h"
#include "engine/runtime/types.h"

namespace al {

Interp& interp() {
  // Construction sets only plain defaults; the set-up below may itself reach interp() (through
  // runtime_init's allocations), which then sees the already-marked instance.
  static Interp instance;
  static bool initialized = false;
  if (!initialized) {
    initialized = true;
    runtime_init();
    instance.modules = dict_new();
    instance.out = [](std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); };
    instance.err = [](std::string_view s) {
      std::fflush(stdout);
      std::fwrite(s.data(), 1, s.size(), stderr);
    };
    instance.read_line = [](std::string& line) { return bool(std::getline(std::cin, line)); };
  }
  return instance;
}

}  // namespace al
