// The scenario runner backed by the real interpreter (engine/asyncio + engine/vm): the same
// session set-up as `awaitlab run`, with the run recorded into the window's trace, the program's
// output kept out of the terminal, and the uncaught exception's line found for the editor.
#pragma once

#include <string>

#include "app/gui/scenario_runner.h"
#include "engine/loop/clock.h"

namespace al::gui {

// The clock of the runs that follow (the toolbar's "Real clock" switch; virtual by default).
void set_engine_clock(ClockMode mode);
ClockMode engine_clock();

// Exit status of a run ended by stop_engine_run() (the one Ctrl+C gives).
constexpr int kExitStopped = 130;

// Ends the run in progress from any thread, whatever it is doing in Python (a task stuck in
// `while True: pass` too, or an event loop blocked waiting): run_with_engine then returns
// kExitStopped.
void stop_engine_run();
// Forgets a stop requested after the last run ended (called before a new run starts).
void clear_engine_stop();

// Runs until the program ends, stop_engine_run() is called, or it has recorded 2,000,000 events
// (a program that never ends on the virtual clock), which stops it with an error saying so.
ScenarioOutcome run_with_engine(const std::string& source, const std::string& filename,
                                trace::Recorder& rec);

// The line and message of the innermost frame of `filename` in a CPython-style traceback
// ("  File \"lesson.py\", line 12, in worker" ... "ValueError: boom"); line 0 when none.
ErrorMarker error_from_traceback(const std::string& stderr_text, const std::string& filename);

}  // namespace al::gui
