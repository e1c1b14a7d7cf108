"""A run's schedule as the lesson checks see it: per task, when it was created, each step's
start ("run n") and end ("suspend n" or "end"), and each wake-up ("wake n": back in the ready
queue after its n-th suspension). Built from the CPython probe's log (schedule_probe.py) or
from the engine's Chrome trace (`awaitlab run --trace OUT.json`), so one prediction can be
checked against both.
"""

import json
import re


class Schedule:
    def __init__(self, events):
        # events: (position, kind, task, n) in the order they happened.
        self.events = sorted(events, key=lambda e: e[0])
        self.index = {}
        for pos, kind, task, n in self.events:
            self.index.setdefault((task, kind, n), pos)

    def tasks(self):
        return {task for _, _, task, _ in self.events}

    def find(self, task, event, n=1):
        """Position of the event; 'end' ignores n (a task ends once)."""
        if event == "end":
            ends = [pos for pos, kind, t, _ in self.events if kind == "end" and t == task]
            return ends[0] if ends else None
        return self.index.get((task, event, n))

    def next_run_after(self, position):
        """The task whose step starts first after `position`, or None."""
        for pos, kind, task, _ in self.events:
            if pos > position and kind == "run":
                return task
        return None

    def count(self, task, event):
        return sum(1 for _, kind, t, _ in self.events if kind == event and t == task)


def from_probe_log(path):
    """Schedule of a schedule_probe.py log. Each task is named by its last record: 3.11's
    asyncio.create_task(name=...) renames the task after scheduling its first step."""
    records = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                records.append(json.loads(line))
    final_name = {r["tid"]: r["task"] for r in records if r.get("tid") is not None}
    readies = {}
    events = []
    for pos, r in enumerate(records):
        tid = r.get("tid")
        if tid is None:
            continue
        task = final_name[tid]
        if r["e"] == "ready":
            readies[tid] = readies.get(tid, 0) + 1
            if readies[tid] == 1:
                events.append((pos, "create", task, 1))
            else:
                events.append((pos, "wake", task, readies[tid] - 1))
        elif r["e"] in ("run", "suspend", "end"):
            events.append((pos, r["e"], task, r["n"]))
    return Schedule(events)


def probe_output_lines(path):
    """(task name or None, line) for each stdout line in a probe log."""
    records = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                records.append(json.loads(line))
    final_name = {r["tid"]: r["task"] for r in records if r.get("tid") is not None}
    return [(final_name.get(r["tid"]), r["text"]) for r in records if r["e"] == "out"]


TITLE = re.compile(r"^(.*) \(([^()]*)\)$")


def from_chrome_trace(path):
    """Schedule of an engine trace. Lanes are named "NAME (coroutine)"; event positions are the
    trace's event indices carried in each slice's args.events = [start, end]."""
    with open(path, encoding="utf-8") as f:
        trace = json.load(f)
    names = {}
    for e in trace["traceEvents"]:
        if e.get("ph") == "M" and e.get("name") == "thread_name" and e.get("tid", 1) != 1:
            title = e["args"]["name"]
            m = TITLE.match(title)
            names[e["tid"]] = m.group(1) if m else title
    slices = {}
    for e in trace["traceEvents"]:
        if e.get("ph") == "X" and e.get("cat") == "task" and e["tid"] in names:
            slices.setdefault(e["tid"], []).append(e)
    ended = {e["tid"] for e in trace["traceEvents"]
             if e.get("ph") == "i" and e.get("cat") == "task" and e.get("tid") in names}
    events = []
    for tid, lane in slices.items():
        lane.sort(key=lambda e: e["args"]["events"][0])
        task = names[tid]
        readies = runs = 0
        last_run_end = None
        for s in lane:
            start, end = s["args"]["events"]
            state = s["args"]["state"]
            if state == "ready":
                readies += 1
                if readies == 1:
                    events.append((start, "create", task, 1))
                else:
                    events.append((start, "wake", task, readies - 1))
            elif state == "running":
                runs += 1
                events.append((start, "run", task, runs))
                last_run_end = end
            elif state == "waiting" and runs:
                events.append((start, "suspend", task, runs))
        if tid in ended and last_run_end is not None:
            events.append((last_run_end, "end", task, runs))
    return Schedule(events)
