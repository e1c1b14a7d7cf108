#!/usr/bin/env python3
"""Run a script under the CPython oracle and log its schedule: which task runs, when it
suspends, when it is woken, and which task printed each output line.

    AWAITLAB_SCHEDULE_LOG=LOG.jsonl python3 schedule_probe.py SCRIPT.py

stdout, stderr and the exit status are the oracle's (tests/conformance/oracle.py), so they must
equal the script's conformance expected files. LOG.jsonl gets one JSON object per line, in the
order things happened:

    {"e": "ready",   "tid": T, "task": NAME}           the task's next step entered the ready queue
    {"e": "run",     "tid": T, "task": NAME, "n": K}   the task's K-th step begins (K from 1)
    {"e": "suspend", "tid": T, "task": NAME, "n": K}   the K-th step ended with the task waiting
    {"e": "end",     "tid": T, "task": NAME, "n": K, "how": "done" | "failed" | "cancelled"}
    {"e": "out",     "tid": T or null, "task": NAME or null, "text": LINE}   a line on stdout

T numbers the tasks in the order the probe first sees them. NAME is the task's name when the
record was written: asyncio.create_task(coro, name=...) in 3.11 schedules the first step before
it renames the task, so a reader should name each T by its last record (load_schedule does).

How: CPython's Task schedules every step (TaskStepMethWrapper) and every wake-up
(task_wakeup) through loop.call_soon, and the loop runs them through Handle._run; both kinds of
callback expose the task as `__self__`. Wrapping those two methods sees every step without
changing the order of anything. Each record is written and flushed at once, so the log is
complete even when the oracle ends a deadlocked run with os._exit.
"""

import asyncio
import json
import os
import sys
import weakref

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "conformance"))
import oracle  # noqa: E402


class ScheduleLog:
    def __init__(self, path):
        self.file = open(path, "w", encoding="utf-8")
        # Weak keys: holding the tasks would change when CPython collects them (and so its
        # "Task was destroyed but it is pending!" messages).
        self.ids = weakref.WeakKeyDictionary()
        self.steps = weakref.WeakKeyDictionary()
        self.tasks_seen = 0

    def write(self, record):
        self.file.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.file.flush()

    def task_event(self, kind, task, **extra):
        if task not in self.ids:
            self.tasks_seen += 1
            self.ids[task] = self.tasks_seen
        self.write(dict({"e": kind, "tid": self.ids[task], "task": task.get_name()}, **extra))

    def step_number(self, task):
        self.steps[task] = self.steps.get(task, 0) + 1
        return self.steps[task]


def task_of(callback):
    task = getattr(callback, "__self__", None)
    return task if isinstance(task, asyncio.Task) else None


def current_task():
    try:
        return asyncio.current_task()
    except RuntimeError:
        return None


class TeeStdout:
    """Passes writes through to the real stdout and logs each completed line."""

    def __init__(self, real, log):
        self.real = real
        self.log = log
        self.partial = ""

    def write(self, text):
        self.partial += text
        while "\n" in self.partial:
            line, self.partial = self.partial.split("\n", 1)
            task = current_task()
            if task is None:
                self.log.write({"e": "out", "tid": None, "task": None, "text": line})
            else:
                self.log.task_event("out", task, text=line)
        return self.real.write(text)

    def flush(self):
        self.real.flush()

    def __getattr__(self, name):
        return getattr(self.real, name)


def install(log):
    run_handle = asyncio.events.Handle._run

    def _run(handle):
        task = task_of(handle._callback)
        if task is None:
            return run_handle(handle)
        n = log.step_number(task)
        log.task_event("run", task, n=n)
        try:
            return run_handle(handle)
        finally:
            if not task.done():
                log.task_event("suspend", task, n=n)
            else:
                # task.exception() would mark the error as retrieved and silence CPython's
                # "Task exception was never retrieved"; the private field does not.
                how = ("cancelled" if task.cancelled()
                       else "failed" if task._exception is not None else "done")
                log.task_event("end", task, n=n, how=how)

    asyncio.events.Handle._run = _run

    call_soon = oracle.VirtualClockEventLoop.call_soon

    def logging_call_soon(self, callback, *args, context=None):
        task = task_of(callback)
        if task is not None:
            log.task_event("ready", task)
        return call_soon(self, callback, *args, context=context)

    oracle.VirtualClockEventLoop.call_soon = logging_call_soon
    sys.stdout = TeeStdout(sys.stdout, log)


if __name__ == "__main__":
    # oracle.main re-executes this file with PYTHONHASHSEED=0 when needed; the log is opened
    # afterwards, in the process that runs the script.
    if os.environ.get("PYTHONHASHSEED") == "0":
        install(ScheduleLog(os.environ["AWAITLAB_SCHEDULE_LOG"]))
    sys.exit(oracle.main(oracle._probe_here()))
