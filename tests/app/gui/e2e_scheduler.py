#!/usr/bin/env python3
"""End-to-end test of "Be the scheduler", once per UI language.

    tests/app/gui/e2e_scheduler.py [BINARY] [--keep DIR] [--lang en|zh]

Starts Xvfb and opens a lock-less counter whose second task reads at the moment the first
writes back (BINARY as in e2e_window.py). F9 turns on the scheduler mode; the run stops at the
first decision with both tasks offered; clicking the buttons plays Task-2 then, at 0.1, the
reader Task-3 first, and the program prints the lost update (counter = 1). "asyncio's order"
shows the FIFO run beside it (counter = 2), and Undo steps back. Everything is read from the
--dump-state JSON; --keep copies the screenshot.
"""

import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import e2e_window as ew  # noqa: E402  (the shared Xvfb/xdotool driver)

check = ew.check

COUNTER = '''import asyncio

counter = 0

async def add(delay):
    global counter
    if delay:
        await asyncio.sleep(delay)
    value = counter
    await asyncio.sleep(0.1)
    counter = value + 1

async def main():
    await asyncio.gather(add(0), add(0.1))
    print("counter =", counter)

asyncio.run(main())
'''


def sched(s):
    return s["teach"]["scheduler"]


def click(w, name):
    """w.click, from elsewhere: `xdotool mousemove --sync` waits forever when the pointer is
    already there (successive buttons often sit at the same place)."""
    w.xdotool("mousemove", "0", "0")
    time.sleep(0.05)
    w.settle(0.3)  # the panel is redrawn after a rerun: its rects must be current
    return w.click(name)


def run(binary, display, work, keep, lang):
    path = os.path.join(work, "counter.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(COUNTER)
    w = ew.Window(binary, display, work, extra=("--lang", lang), target=(path,),
                  ready=lambda s: s.get("events", 0) > 0 and "teach" in s)
    s = w.state
    check("[%s] the scheduler starts off: asyncio's run counts 2" % lang,
          not sched(s)["on"] and sched(s)["output"] == ["counter = 2"], json.dumps(sched(s)))

    w.key("F9")
    s = w.wait(lambda s: sched(s)["on"] and sched(s)["pending"] == ["Task-2", "Task-3"],
               "[%s] F9 turns the scheduler on; the run stops at the first decision" % lang)
    check("[%s] nothing is printed before the first decision" % lang, sched(s)["output"] == [],
          json.dumps(sched(s)))
    check("[%s] the ready tasks are buttons" % lang,
          "sched_pick_0" in s["rects"] and "sched_pick_1" in s["rects"], json.dumps(sorted(s["rects"])))

    click(w, "sched_pick_0")
    s = w.wait(lambda s: sched(s)["schedule"] == ["Task-2"] and sched(s)["pending"] == ["Task-2", "Task-3"],
               "[%s] picking Task-2 reruns to the decision at 0.1" % lang)

    click(w, "sched_pick_1")
    s = w.wait(lambda s: sched(s)["schedule"] == ["Task-2", "Task-3"] and sched(s)["pending"] == [],
               "[%s] picking the reader Task-3 first runs the program to its end" % lang)
    check("[%s] the chosen schedule loses an update" % lang, sched(s)["output"] == ["counter = 1"],
          json.dumps(sched(s)))
    check("[%s] the trace records both decisions" % lang, sched(s)["decisions"] == 2, json.dumps(sched(s)))

    click(w, "sched_compare")
    s = w.wait(lambda s: sched(s)["comparing"], "[%s] asyncio's order is shown beside" % lang)
    check("[%s] asyncio's order counts both updates" % lang, sched(s)["fifo_output"] == ["counter = 2"],
          json.dumps(sched(s)))
    check("[%s] every string is translated" % lang, s.get("missing_translations", []) == [],
          json.dumps(s.get("missing_translations")))
    w.screenshot("scheduler-%s" % lang, keep)

    click(w, "sched_undo")
    s = w.wait(lambda s: sched(s)["schedule"] == ["Task-2"] and sched(s)["pending"] == ["Task-2", "Task-3"],
               "[%s] Undo goes back to the decision at 0.1" % lang)

    check("[%s] the window quits cleanly" % lang, w.quit() == 0)


def main(argv):
    return ew.main_per_language(argv, run, "awaitlab-e2e-scheduler-")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
