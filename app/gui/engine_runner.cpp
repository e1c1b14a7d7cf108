#include "app/gui/engine_runner.h"

#include <atomic>
#include <chrono>
#include <thread>

#include "engine/asyncio/asyncio_module.h"
#include "engine/asyncio/deadlock.h"
#include "engine/asyncio/session.h"
#include "engine/loop/event_loop.h"
#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/int.h"
#include "engine/runtime/interp.h"
#include "engine/vm/run.h"

namespace al {
// The VM's interrupt flag (engine/vm/eval.cpp): set, it raises KeyboardInterrupt in the script.
extern std::atomic<bool> g_eval_breaker;
}  // namespace al

namespace al::gui {

namespace {

// A lesson never needs more; a program that never ends (a server, `while True: await
// sleep(1)` on the virtual clock) is interrupted there, as Ctrl+C would.
constexpr uint32_t kMaxEvents = 2'000'000;
constexpr double kMaxSeconds = 10.0;

// A deadlock ends the run with SystemExit(3) raised in the script, after the report (which also
// records the Deadlock diagnostics in the trace). The engine's own hook throws ProgramStop,
// which run_source does not catch on its interpreter thread: in a window that would end the
// whole process.
void deadlock_to_system_exit(EventLoop* loop) {
    std::string report = deadlock_report(loop);
    if (interp().err) interp().err(report);
    Value status = int_from(int64_t(kExitDeadlock));
    raise(call(exc::SystemExit, {status.get()}));
}

void install_deadlock_hook(Module*) { g_loop_deadlock_hook = deadlock_to_system_exit; }

std::string last_line(const std::string& text) {
    std::size_t end = text.find_last_not_of('\n');
    if (end == std::string::npos) return {};
    std::size_t start = text.rfind('\n', end);
    return text.substr(start == std::string::npos ? 0 : start + 1, end - (start == std::string::npos ? 0 : start + 1) + 1);
}

}  // namespace

ErrorMarker error_from_traceback(const std::string& err, const std::string& filename) {
    ErrorMarker m;
    std::string needle = "File \"" + filename + "\", line ";
    std::size_t pos = err.rfind(needle);
    if (pos != std::string::npos) m.line = std::atoi(err.c_str() + pos + needle.size());
    m.message = last_line(err);
    return m;
}

ScenarioOutcome run_with_engine(const std::string& source, const std::string& filename,
                                trace::Recorder& rec) {
    ScenarioOutcome out;
    std::string err;
    Interp& in = interp();
    auto saved_out = in.out;
    auto saved_err = in.err;
    // Printed output is in the trace (the console panel); stderr also feeds the error marker.
    in.out = [](std::string_view) {};
    in.err = [&err](std::string_view s) { err += s; };

    static bool hook_added = false;
    if (!hook_added) {
        hook_added = true;
        asyncio_add_extension(install_deadlock_hook);
    }
    SessionOptions options;
    options.recorder = &rec;
    options.stop = StopPolicy::Throw;
    // The blocked-loop watchdog also stops the program by throwing ProgramStop (see above), so
    // it stays off in the window; the guard below interrupts a runaway step instead.
    options.watchdog_budget = 0;
    session_begin(options);
    std::atomic<bool> done{false};
    std::thread guard([&] {
        auto start = std::chrono::steady_clock::now();
        while (!done.load()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            if (rec.size() > kMaxEvents || secs > kMaxSeconds) {
                g_eval_breaker.store(true);
                break;
            }
        }
    });
    out.exit_status = run_source(source, filename, {filename});
    done.store(true);
    guard.join();
    g_eval_breaker.store(false);
    session_end();
    in.out = saved_out;
    in.err = saved_err;

    if (out.exit_status == 1 || out.exit_status == kExitKeyboardInterrupt) {
        ErrorMarker m = error_from_traceback(err, filename);
        if (m.line > 0 || !m.message.empty()) out.errors.push_back(m);
    }
    return out;
}

}  // namespace al::gui
