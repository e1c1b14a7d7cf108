// Recorder options shared by the trace tests.
#pragma once

#include "engine/trace/recorder.h"

namespace al::trace::test {

// No wall clock, so traces and their text are identical on every run.
inline RecorderOptions deterministic() {
  return RecorderOptions{true, false, 64};
}

}  // namespace al::trace::test
