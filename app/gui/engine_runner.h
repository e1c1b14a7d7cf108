// The scenario runner backed by the real interpreter (engine/asyncio + engine/vm): the same
// session set-up as `awaitlab run`, with the run recorded into the window's trace, the program's
// output kept out of the terminal, and the uncaught exception's line found for the editor.
#pragma once

#include <string>

#include "app/gui/scenario_runner.h"

namespace al::gui {

ScenarioOutcome run_with_engine(const std::string& source, const std::string& filename,
                                trace::Recorder& rec);

// The line and message of the innermost frame of `filename` in a CPython-style traceback
// ("  File \"lesson.py\", line 12, in worker" ... "ValueError: boom"); line 0 when none.
ErrorMarker error_from_traceback(const std::string& stderr_text, const std::string& filename);

}  // namespace al::gui
