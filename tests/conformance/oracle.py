#!/usr/bin/env python3
"""The CPython oracle: run a script under the real python3 (3.11) on a virtual clock.

    python3 oracle.py SCRIPT.py

stdout, stderr and the exit status are what `python3 SCRIPT.py` produces, except that time is
virtual (DESIGN.md §5) and the script's path is printed as given (see README.md). The contract
the engine must match, in short:

- One shared clock `counter` (a float, starts at 0.0). asyncio loops are SelectorEventLoop
  subclasses whose time() is `counter`. When the loop polls with a timeout and nothing is
  ready, the selector does `counter += timeout` (one float addition of the exact value
  BaseEventLoop._run_once passed: min(max(0, when - time()), 86400)) instead of sleeping.
  clock_resolution stays CPython's 1e-09.
- time.monotonic() = time.perf_counter() = counter; time.time() = FIXED_EPOCH + counter;
  the *_ns variants are round(counter * 1e9) (+ FIXED_EPOCH_NS for time_ns); time.sleep(x)
  sets counter = counter + x. datetime.now/today, time.localtime/gmtime/ctime/asctime/strftime
  read time.time(). TZ is UTC.
- A poll with no timeout while nothing can ever become ready is a deadlock: a one-line report
  on stderr and exit status 3 (CPython itself would hang).
- Worker threads (run_in_executor, to_thread) run for real; while one is running Python code
  the clock does not move. A time.sleep(x) in a worker parks it until the clock reaches its
  wake time; the loop advances the clock to the earliest of its next timer and the parked
  wake-ups, waking workers one at a time in wake order.
- The recursion limit is raised by the frames the oracle and runpy add beneath the script, so
  RecursionError comes at the depth a plain run reaches.

Sections: constants and the clock · time and datetime patches · selector, loop, policy ·
compile errors · running the script · main.
"""

import asyncio
import datetime
import heapq
import os
import runpy
import selectors
import signal
import subprocess
import sys
import tempfile
import threading
import time

# --- constants and the clock -------------------------------------------------------------

# time.time() at virtual instant 0: 2026-01-01T00:00:00Z. A fixed, recent, round instant so
# dates print the same on every run and the engine can hard-code it.
FIXED_EPOCH = 1767225600.0
FIXED_EPOCH_NS = 1767225600 * 1_000_000_000

# Exit status for "nothing can ever happen again" (the engine's deadlock status).
DEADLOCK_STATUS = 3
# engine/modules/thirdparty: the pure-Python shims of third-party packages awaitlab embeds.
THIRDPARTY = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                          "engine", "modules", "thirdparty"))

# How long (real seconds) the loop waits for real I/O or helper threads before it decides
# that nothing will arrive; only reached by scripts that wait on sockets or threads.
REAL_WAIT_LIMIT = 10.0

# A short real wait before jumping virtual time while sockets are registered, so loopback
# data already in flight is seen first (the kernel delivers it within microseconds).
IO_GRACE = 0.002

_real_localtime = time.localtime
_real_gmtime = time.gmtime
_real_strftime = time.strftime
_real_asctime = time.asctime


class VirtualClock:
    """The shared counter plus the bookkeeping of worker threads that sleep on it."""

    def __init__(self):
        self.now = 0.0
        self.cond = threading.Condition()
        self.busy = 0        # executor jobs currently running Python code
        self.helpers = 0     # helper threads (executor shutdown) that will signal the loop
        self.parked = []     # heap of (wake time, sequence, Event) for sleeping workers
        self.seq = 0
        self.worker = threading.local()

    def is_worker(self):
        return getattr(self.worker, "active", False)

    def job_started(self):
        with self.cond:
            self.busy += 1

    def job_finished(self):
        with self.cond:
            self.busy -= 1
            self.cond.notify_all()

    def wait_idle(self):
        """Block (real time) until no worker is running Python code."""
        with self.cond:
            self.cond.wait_for(lambda: self.busy == 0)

    def next_wake(self):
        with self.cond:
            return self.parked[0][0] if self.parked else None

    def release_next(self):
        """Advance to the earliest parked wake-up and let that worker run again."""
        with self.cond:
            wake, _, event = heapq.heappop(self.parked)
            if wake > self.now:
                self.now = wake
            self.busy += 1
            event.set()
        self.wait_idle()

    def advance_to(self, target):
        """Move the clock to `target`, first waking every worker parked before it."""
        while True:
            self.wait_idle()
            wake = self.next_wake()
            if wake is None or wake > target:
                break
            self.release_next()
        with self.cond:
            self.now = target

    def sleep(self, seconds):
        # CPython: Modules/timemodule.c time_sleep (argument checks and their messages).
        if not isinstance(seconds, (int, float)):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(seconds).__name__)
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        if not self.is_worker():
            self.advance_to(self.now + seconds)
            return
        event = threading.Event()
        with self.cond:
            self.seq += 1
            heapq.heappush(self.parked, (self.now + seconds, self.seq, event))
            self.busy -= 1
            self.cond.notify_all()
        event.wait()


CLOCK = VirtualClock()


# --- time and datetime patches -----------------------------------------------------------

def _wall():
    return FIXED_EPOCH + CLOCK.now


def _install_time_patches():
    os.environ["TZ"] = "UTC"
    time.tzset()
    time.monotonic = lambda: CLOCK.now
    time.perf_counter = lambda: CLOCK.now
    time.time = _wall
    time.monotonic_ns = lambda: round(CLOCK.now * 1e9)
    time.perf_counter_ns = lambda: round(CLOCK.now * 1e9)
    time.time_ns = lambda: FIXED_EPOCH_NS + round(CLOCK.now * 1e9)
    time.sleep = CLOCK.sleep
    time.localtime = lambda secs=None: _real_localtime(_wall() if secs is None else secs)
    time.gmtime = lambda secs=None: _real_gmtime(_wall() if secs is None else secs)
    time.ctime = lambda secs=None: _real_asctime(time.localtime(secs))
    time.asctime = lambda t=None: _real_asctime(time.localtime() if t is None else t)
    time.strftime = lambda fmt, t=None: _real_strftime(fmt, time.localtime() if t is None else t)

    class VirtualDatetime(datetime.datetime):
        """datetime.datetime whose now/today/utcnow read the virtual clock."""

        @classmethod
        def now(cls, tz=None):
            return cls.fromtimestamp(_wall(), tz)

        @classmethod
        def today(cls):
            return cls.fromtimestamp(_wall())

        @classmethod
        def utcnow(cls):
            return cls.utcfromtimestamp(_wall())

    # The C repr prints tp_name, which a heap type takes from __name__: keep CPython's text.
    VirtualDatetime.__name__ = "datetime.datetime"
    VirtualDatetime.__qualname__ = "datetime"
    VirtualDatetime.__module__ = "datetime"
    datetime.datetime = VirtualDatetime


# --- selector, loop, policy --------------------------------------------------------------

def _deadlock(message):
    """Report a state CPython would wait in forever, then exit without running finalizers."""
    try:
        sys.stdout.flush()
    finally:
        sys.stderr.write("awaitlab-oracle: " + message + "\n")
        sys.stderr.flush()
        os._exit(DEADLOCK_STATUS)


class VirtualClockSelector(selectors.DefaultSelector):
    """A real selector whose waits become jumps of the virtual clock."""

    self_pipe_fd = None

    def _other_fds(self):
        return any(key.fd != self.self_pipe_fd for key in self.get_map().values())

    def select(self, timeout=None):
        ready = super().select(0)
        if ready or (timeout is not None and timeout <= 0):
            return ready
        target = None if timeout is None else CLOCK.now + timeout
        while True:
            CLOCK.wait_idle()
            ready = super().select(0)
            if ready:
                return ready
            wake = CLOCK.next_wake()
            if wake is not None and (target is None or wake <= target):
                CLOCK.release_next()
                continue
            if CLOCK.helpers or (self._other_fds() and target is None):
                ready = super().select(REAL_WAIT_LIMIT)
                if ready:
                    return ready
                if target is None:
                    _deadlock("blocked: the event loop waited %g s (real) for I/O or a thread "
                              "that never came" % REAL_WAIT_LIMIT)
            if target is None:
                _deadlock("deadlock: nothing is ready, no timer is scheduled and no I/O or "
                          "worker thread is pending, so the event loop would wait forever")
            if self._other_fds():
                ready = super().select(IO_GRACE)
                if ready:
                    return ready
            CLOCK.advance_to(target)
            return []


class _CountingExecutor:
    """Stands in for the executor inside run_in_executor so each job is counted as busy."""

    def __init__(self, executor):
        self.executor = executor
        self.future = None

    def submit(self, func, *args):
        def job():
            CLOCK.worker.active = True
            try:
                return func(*args)
            finally:
                CLOCK.worker.active = False

        CLOCK.job_started()
        self.future = self.executor.submit(job)
        return self.future


class VirtualClockEventLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        selector = VirtualClockSelector()
        super().__init__(selector)
        selector.self_pipe_fd = self._ssock.fileno()

    def time(self):
        return CLOCK.now

    def run_in_executor(self, executor, func, *args):
        # CPython: Lib/asyncio/base_events.py run_in_executor (default executor creation).
        if executor is None:
            self._check_closed()
            self._check_default_executor()
            if self._default_executor is None:
                import concurrent.futures
                self._default_executor = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix="asyncio")
            executor = self._default_executor
        counting = _CountingExecutor(executor)
        result = super().run_in_executor(counting, func, *args)
        # Registered after wrap_future's own callback, so the job counts as busy until the
        # loop has been signalled through call_soon_threadsafe.
        counting.future.add_done_callback(lambda _: CLOCK.job_finished())
        return result

    def _do_shutdown(self, future):
        try:
            super()._do_shutdown(future)
        finally:
            with CLOCK.cond:
                CLOCK.helpers -= 1

    async def shutdown_default_executor(self):
        if self._default_executor is not None:
            with CLOCK.cond:
                CLOCK.helpers += 1
        await super().shutdown_default_executor()


class VirtualClockPolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = VirtualClockEventLoop


# --- compile errors ----------------------------------------------------------------------

def _compile_error_passthrough(script):
    """Let python3 itself report a script that does not compile, then exit as it did.

    runpy compiles from bytes, which words some errors differently (a non-UTF-8 file becomes
    "(unicode error) ..."), so a plain run is the only faithful source of the text. Nothing of
    the script executes, so the virtual clock plays no part. CPython prints the absolute
    path; the oracle prints the path as given, as everywhere else.
    """
    child = subprocess.run([sys.executable, script], stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    absolute = os.path.abspath(script).encode()
    sys.stdout.buffer.write(child.stdout)
    sys.stderr.buffer.write(child.stderr.replace(absolute, os.fsencode(script)))
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(child.returncode if child.returncode >= 0 else 128 - child.returncode)


def _compiles(script):
    with open(script, "rb") as f:
        source = f.read()
    try:
        compile(source, script, "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        return False
    return True


# --- running the script ------------------------------------------------------------------

def _strip_oracle_frames(exc, script):
    """Drop the leading oracle and runpy frames, as if python3 had run the script itself."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != script:
        tb = tb.tb_next
    return tb


class _KeepMainModule(runpy._TempModule):
    """runpy's temporary __main__, except that it stays __main__ after the run.

    python3 finalizes the __main__ module's globals at shutdown with the warnings machinery
    already gone (so "coroutine ... was never awaited" for a global prints without the
    tracemalloc hint, and __del__ runs in __main__'s clearing order). Keeping the script's
    module in sys.modules['__main__'] makes the oracle's shutdown the same.
    """

    def __exit__(self, *exc_info):
        self._saved_module = []


_DEPTH_PROBE = """
def _probe(n=1):
    try:
        return _probe(n + 1)
    except RecursionError:
        return n
HEADROOM = _probe()
"""


def _hide_oracle_frames_from_recursion_limit(extra):
    """Give the script the recursion depth it has under a plain python3 run.

    The oracle's and runpy's frames sit below the script's frames and count against the
    limit, so RecursionError (and the "[Previous line repeated N more times]" count) would come
    `extra` calls early. Raise the real limit by that much and show the script the limit it
    set or the default.
    """
    real_get, real_set = sys.getrecursionlimit, sys.setrecursionlimit
    real_set(real_get() + extra)
    sys.getrecursionlimit = lambda: real_get() - extra
    sys.setrecursionlimit = lambda limit: real_set(limit + extra if limit >= 1 else limit)


def run(script, plain_headroom):
    with tempfile.NamedTemporaryFile("w", suffix=".py") as probe:
        probe.write(_DEPTH_PROBE)
        probe.flush()
        # Called from here, like the script below, so the probe sees the script's depth.
        headroom = runpy.run_path(probe.name)["HEADROOM"]
    _hide_oracle_frames_from_recursion_limit(plain_headroom - headroom)
    runpy._TempModule = _KeepMainModule
    sys.argv = [script]
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    # The third-party shims awaitlab embeds (aiofiles, ...), ahead of any installed copies.
    sys.path.insert(1, THIRDPARTY)
    try:
        runpy.run_path(script, run_name="__main__")
    except SystemExit:
        raise
    except BaseException as exc:
        tb = _strip_oracle_frames(exc, script)
        exc.__traceback__ = tb
        sys.last_type, sys.last_value, sys.last_traceback = type(exc), exc, tb
        sys.excepthook(type(exc), exc, tb)
        if isinstance(exc, KeyboardInterrupt):
            # CPython: Modules/main.c exit_sigint: die of SIGINT, as python3 does.
            sys.stdout.flush()
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGINT)
        return 1
    return 0


# --- main --------------------------------------------------------------------------------

def main(plain_headroom):
    if len(sys.argv) != 2:
        sys.stderr.write("usage: python3 oracle.py SCRIPT.py\n")
        return 2
    if sys.version_info[:2] != (3, 11):
        sys.stderr.write("oracle.py needs CPython 3.11, not %s\n" % sys.version.split()[0])
        return 2
    if os.environ.get("PYTHONHASHSEED") != "0":
        # String hashes (and so set order) must be those of PYTHONHASHSEED=0: restart with it.
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable, [sys.executable] + sys.argv, env)
    script = sys.argv[1]
    if not _compiles(script):
        _compile_error_passthrough(script)
    _install_time_patches()
    asyncio.set_event_loop_policy(VirtualClockPolicy())
    return run(script, plain_headroom)


def _probe_here(n=1):
    try:
        return _probe_here(n + 1)
    except RecursionError:
        return n


if __name__ == "__main__":
    # Measured at module level, where a plain `python3 script.py` runs the script's code.
    sys.exit(main(_probe_here()))
