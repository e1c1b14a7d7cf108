// asyncio.to_thread and loop.run_in_executor(None, func, *args) on libuv's thread pool
// (CPython 3.11: Lib/asyncio/threads.py, base_events.py run_in_executor, futures.py
// wrap_future/_chain_future, concurrent/futures/thread.py ThreadPoolExecutor).
//
// Jobs run on libuv's pool (uv_queue_work), at most min(32, cpu_count + 4) at once like the
// default ThreadPoolExecutor, the rest queued FIFO. The interpreter is not thread-safe, so one
// thread runs Python at a time, like CPython's GIL; the hand-over points are fixed so that runs
// are deterministic and match the oracle (tests/conformance/oracle.py):
//   - virtual clock: the loop lets runnable workers run, one after another in submission order,
//     each until it finishes or sleeps, whenever it polls (engine/loop/worker_hooks.h). A
//     worker's time.sleep(x) parks it until the loop's clock reaches its wake time; the loop
//     advances to the earliest of its next timer and the parked wake-ups.
//   - real clock: workers take the interpreter while the loop waits in libuv, and give it back
//     when they finish or sleep (time.sleep really sleeps, without holding it).
// A finished job completes its asyncio Future through call_soon (CPython's
// call_soon_threadsafe(_set_state, ...)), so the awaiting task runs one more hop later.
#pragma once

#include <span>

#include "engine/asyncio/future.h"

namespace al {

struct Dict;
struct Module;

// CPython: BaseEventLoop.run_in_executor(None, func, *args) with keyword arguments passed too
// (to_thread's functools.partial): an asyncio Future of `loop` for the call's result.
Ref<Future> run_in_executor(EventLoop* loop, Object* func, std::span<Object* const> args,
                            Dict* kwargs = nullptr);

// A future of `loop` that is done (through call_soon) when every job submitted from `loop` has
// ended: what shutdown_default_executor awaits (CPython: executor.shutdown(wait=True) in a
// helper thread).
Ref<Future> executor_shutdown_future(EventLoop* loop);

// Ends the jobs a run left behind (stopped, or ended by the watchdog, while a worker waited for
// its turn or slept): each takes the interpreter once more under a stop request, so its Python
// code ends at once with KeyboardInterrupt; jobs no worker took are dropped. Without this their
// threads would wait forever, and libuv joins its pool's threads at process exit. Called by
// session_end on the loop's thread.
void threads_end_run();

// Sizes libuv's pool for the default executor; call at start-up, before anything uses libuv's
// pool (it reads UV_THREADPOOL_SIZE once).
void threads_configure_pool();

// Adds to_thread to the asyncio module and run_in_executor / set_default_executor to the loop
// type; installs the worker hooks.
void init_threads(Module* asyncio);

}  // namespace al
