// Running a script as __main__ the way `python3 FILE.py` does (CPython: Modules/main.c
// pymain_run_file, Python/pythonrun.c _PyRun_SimpleFileObject, handle_system_exit,
// Py_FinalizeEx's clearing of __main__).
//
// Output goes through interp().out / interp().err; the defaults write to the process's
// stdout/stderr with stdout flushed before anything is written to stderr.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/compiler/syntax_error.h"
#include "engine/runtime/object.h"

namespace al {

struct Code;

// Exit status conventions of CPython: 0, 1 for an uncaught exception or SyntaxError, the
// SystemExit code, 2 when the file cannot be opened, 130 after KeyboardInterrupt (the CLI then
// re-raises SIGINT as CPython does).
constexpr int kExitKeyboardInterrupt = 130;

// Reads, compiles and runs `path` as __main__ with sys.argv = argv (argv[0] is the script
// path). Runs on a thread with a 512 MiB stack so that deep native re-entry cannot overflow.
int run_file(const std::string& path, const std::vector<std::string>& argv);

// The same for source held in memory (tests, the GUI's editor). `filename` is what tracebacks
// show; the source is registered with the line cache under that name.
int run_source(std::string_view source, const std::string& filename,
               const std::vector<std::string>& argv);

// Runs `fn` on a thread with a 512 MiB stack and waits for it.
void run_with_big_stack(const std::function<void()>& fn);

// Parses and compiles `source` into a module code object; a SyntaxError is raised as the
// Python exception (PyException).
Ref<Code> compile_to_code(std::string_view source, const std::string& filename,
                          bool eval_mode = false);

// The Python SyntaxError (or IndentationError / TabError) for a front-end error.
Value syntax_error_object(const SyntaxErrorInfo& info);

// sys.excepthook's output for `exc` on the interpreter's stderr.
void print_exception(Object* exc);

// What the interpreter does with an exception that escaped __main__: prints it (SystemExit:
// prints its message only when it is not an int) and returns the exit status.
int handle_uncaught(Object* exc);

// Prints the disassembly of every code object of a script to stdout; 1 on a SyntaxError.
int disassemble_file(const std::string& path);

// Thrown by code that ends the whole run at once (the event loop's deadlock and blocked-loop
// reports: engine/loop's ProgramStop derives from it); run_source returns `status` and runs no
// finalizers.
struct RunAbort {
  int status;
};

// Ends the running script from any thread (the window's Stop): the VM's next breaker check (a
// backward jump or a call, so `while True: pass` too) raises KeyboardInterrupt, every later check
// raises it again, and no except, finally or with handler runs, so nothing can catch it; the run
// ends as with an uncaught KeyboardInterrupt (status 130). A loop blocked in its poll (a real-clock
// sleep, a server waiting for connections) is woken through its registered waker and raises the
// same KeyboardInterrupt. clear_run_stop() re-arms the interpreter for the next run.
void request_run_stop();
void clear_run_stop();
bool run_stop_requested();

// The event loop registers `wake(arg)` (thread-safe, e.g. uv_async_send) while it blocks, so that
// request_run_stop from another thread ends the wait; returns false and registers nothing when a
// stop is already requested. clear_run_stop_waker() returns only once no wake call is running.
bool set_run_stop_waker(void (*wake)(void*), void* arg);
void clear_run_stop_waker();

// Interpreter shutdown (CPython: Py_FinalizeEx): releases the uncaught exception (the
// sys.last_value CPython keeps), then clears __main__ (names starting with a single underscore
// first, then the rest), so finalizers run as at interpreter exit — with no current frame and
// vmstate().finalizing set.
void finalize_main_module(Value last_exception = nullptr);

}  // namespace al
