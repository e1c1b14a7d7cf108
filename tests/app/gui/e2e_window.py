#!/usr/bin/env python3
"""End-to-end test of the awaitlab window, driven like a user would drive it.

    tests/app/gui/e2e_window.py [BINARY] [--keep DIR]

Starts Xvfb (display :99, or the next free one, 1600x1000x24), opens a lesson with
`awaitlab open --lesson ID --dump-state STATE.json --screenshot SHOT.png` (BINARY defaults to
$AWAITLAB_BIN, else build/app/awaitlab), then uses xdotool for real key presses and mouse clicks: step forward five times
and back twice, select a task, type an edit into the editor, rerun, break the syntax and see the
error, switch the timeline's axis, switch the UI language, drag a splitter, quit, and start
again to check that settings and edits were restored. Then it opens a file on the real clock
(`awaitlab open FILE.py --clock real`) whose program prints three ticks and hangs in
`while True: pass`: the ticks stream in while it runs, Shift+F5 stops it; saving new versions of
the file from outside reruns it (keeping the cursor), and a deadlocking version shows up in the
Problems tab, whose entry moves the cursor to it. After each action it reads the state dump the
window writes and checks exact values; screenshots (written by the window on F12) must be
1600x1000, and some are decoded (PNG with zlib) to check they are not blank. Needs Xvfb and
xdotool. E2E_TIMES=1 prints the seconds elapsed before each check.

Exit status 0 when every check passed; each check prints one line.
"""

import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "lessons")
LESSON = "queue-demo"
TIMEOUT = 20.0

failures = []
START = time.time()


def check(name, ok, detail=""):
    if os.environ.get("E2E_TIMES"):
        print("%6.1f s" % (time.time() - START), end=" ")
    print("%s %s%s" % ("ok  " if ok else "FAIL", name, (": " + detail) if detail and not ok else ""),
          flush=True)
    if not ok:
        failures.append(name)
    return ok


# ---- PNG ------------------------------------------------------------------------------------

def png_pixels(path):
    """(width, height, rows of bytes) of an 8-bit RGB or RGBA PNG, unfiltered."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, width, height, channels = 8, b"", 0, 0, 3
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour not in (2, 6):
                raise ValueError("unsupported PNG format")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        filt = raw[start]
        row = bytearray(raw[start + 1:start + 1 + stride])
        if filt == 1:
            for i in range(channels, stride):
                row[i] = (row[i] + row[i - channels]) & 255
        elif filt == 2:
            for i in range(stride):
                row[i] = (row[i] + prev[i]) & 255
        elif filt == 3:
            for i in range(stride):
                left = row[i - channels] if i >= channels else 0
                row[i] = (row[i] + ((left + prev[i]) >> 1)) & 255
        elif filt == 4:
            for i in range(stride):
                a = row[i - channels] if i >= channels else 0
                b = prev[i]
                c = prev[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                row[i] = (row[i] + pred) & 255
        rows.append(row)
        prev = row
    return width, height, rows, channels


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    return struct.unpack(">II", head[16:24]) if head[:8] == b"\x89PNG\r\n\x1a\n" else None


def png_colours(path):
    """Number of distinct colours, and the share of the most common one."""
    width, height, rows, ch = png_pixels(path)
    counts = {}
    for row in rows:
        for x in range(0, width * ch, ch):
            key = bytes(row[x:x + 3])
            counts[key] = counts.get(key, 0) + 1
    top = max(counts.values())
    return len(counts), top / float(width * height), (width, height)


def fnv1a_hex(text):
    """The editor's hash in the state dump (app/gui/fnv_hash.h)."""
    h = 0xcbf29ce484222325
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % h


# ---- X server and the window ----------------------------------------------------------------

def start_xvfb():
    for n in range(99, 140):
        if os.path.exists("/tmp/.X%d-lock" % n) or os.path.exists("/tmp/.X11-unix/X%d" % n):
            continue
        proc = subprocess.Popen(["Xvfb", ":%d" % n, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if os.path.exists("/tmp/.X11-unix/X%d" % n):
                return proc, ":%d" % n
            if proc.poll() is not None:
                break
            time.sleep(0.05)
        proc.kill()
    raise RuntimeError("could not start Xvfb")


class Window:
    def __init__(self, binary, display, work, extra=(), target=("--lesson", LESSON), ready=None):
        self.display = display
        self.state_path = os.path.join(work, "state.json")
        self.shot_path = os.path.join(work, "shot.png")
        if os.path.exists(self.state_path):
            os.remove(self.state_path)
        self.env = dict(os.environ, DISPLAY=display, XDG_CONFIG_HOME=os.path.join(work, "config"),
                        XDG_DATA_HOME=os.path.join(work, "data"), AWAITLAB_LESSONS=FIXTURES)
        argv = [binary, "open"] + list(target) + ["--dump-state", self.state_path,
                                                  "--screenshot", self.shot_path] + list(extra)
        self.proc = subprocess.Popen(argv, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     text=True)
        self.state = self.wait(ready or (lambda s: s.get("events", 0) > 0), "the window shows a trace")
        self.wid = self.find_window()
        geo = self.xdotool("getwindowgeometry", "--shell", self.wid)
        vals = dict(line.split("=", 1) for line in geo.split() if "=" in line)
        self.origin = (int(vals.get("X", 0)), int(vals.get("Y", 0)))
        self.xdotool("mousemove", str(self.origin[0] + 800), str(self.origin[1] + 500))
        self.xdotool("windowfocus", "--sync", self.wid)

    def xdotool(self, *args):
        out = subprocess.run(["xdotool"] + list(args), env=self.env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, timeout=10)
        return out.stdout.strip()

    def find_window(self):
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            ids = self.xdotool("search", "--name", "^awaitlab").split()
            if ids:
                return ids[-1]
            time.sleep(0.1)
        raise RuntimeError("no awaitlab window")

    def read(self):
        try:
            with open(self.state_path, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            return None

    def wait(self, pred, what, timeout=TIMEOUT):
        deadline = time.time() + timeout
        state = None
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("the window exited while waiting for: %s\n%s" % (what, self.proc.stdout.read()))
            state = self.read()
            if state is not None and pred(state):
                self.state = state
                return state
            time.sleep(0.05)
        self.state = state or {}
        brief = {k: (state or {}).get(k) for k in ("cursor", "axis", "language", "run", "errors", "input", "layout")}
        if state:
            brief["editor"] = {k: state["editor"][k] for k in ("cursor_line", "current_line_text", "focused",
                                                               "edited_since_run")}
        check(what, False, "timed out; last state: %s" % json.dumps(brief, ensure_ascii=False))
        return self.state

    def settle(self, quiet=0.4):
        """The state once it has stopped changing for `quiet` seconds (a drag's last frames)."""
        last, since = self.read(), time.time()
        while time.time() - since < quiet:
            time.sleep(0.05)
            cur = self.read()
            if cur != last:
                last, since = cur, time.time()
        self.state = last
        return last

    def key(self, *keys):
        """Presses each key (combination) and waits until the window has seen it: frames can be
        slow on a loaded machine, and the next key must not overtake this one."""
        for k in keys:
            seen = self.read()["input"]["keys"]
            self.xdotool("key", "--delay", "30", k)
            want = seen + len(k.split("+"))
            self.wait(lambda s: s["input"]["keys"] >= want, "the window sees key %s" % k)

    def type(self, text):
        """Types `text` at the editor's cursor and waits until the line shows it."""
        self.xdotool("type", "--delay", "40", text)
        self.wait(lambda s: s["editor"]["current_line_text"].endswith(text), "the editor shows %r" % text)

    def rect(self, name):
        r = self.read()["rects"][name]
        return r

    def click(self, name, fx=0.5, fy=0.5, button="1"):
        x, y, w, h = self.rect(name)
        px, py = int(self.origin[0] + x + w * fx), int(self.origin[1] + y + h * fy)
        self.xdotool("mousemove", "--sync", str(px), str(py))
        time.sleep(0.1)
        clicks = self.read()["input"]["clicks"]
        self.xdotool("click", button)
        self.wait(lambda s: s["input"]["clicks"] > clicks, "the window sees the click on %s" % name)
        return px, py

    def drag(self, name, dx, dy):
        x, y, w, h = self.rect(name)
        px, py = int(self.origin[0] + x + w / 2), int(self.origin[1] + y + h / 2)
        self.xdotool("mousemove", "--sync", str(px), str(py))
        time.sleep(0.1)
        clicks = self.read()["input"]["clicks"]
        self.xdotool("mousedown", "1")
        self.wait(lambda s: s["input"]["clicks"] > clicks, "the window sees the button go down on %s" % name)
        for i in range(1, 11):
            self.xdotool("mousemove", "--sync", str(px + dx * i // 10), str(py + dy * i // 10))
            time.sleep(0.05)
        self.xdotool("mouseup", "1")

    def screenshot(self, label, keep, decode=True):
        """F12, then the PNG's size; with `decode` (slow in pure Python: a few screenshots only)
        its colours: a blank or broken frame has a handful, one covering nearly all of it."""
        before = self.read()["screenshots"]
        self.key("F12")
        self.wait(lambda s: s["screenshots"] > before, "screenshot %s is written" % label)
        size = png_size(self.shot_path)
        check("screenshot %s is %dx%d" % (label, 1600, 1000), size == (1600, 1000), str(size))
        if decode:
            colours, top_share, size = png_colours(self.shot_path)
            check("screenshot %s is not blank (%d colours, top colour %.0f%%)" % (label, colours, top_share * 100),
                  colours > 200 and top_share < 0.8)
        if keep:
            shutil.copy(self.shot_path, os.path.join(keep, "e2e-%s.png" % label))

    def quit(self):
        # Not key(): the window may exit before its state dump counts the key.
        self.xdotool("key", "--delay", "30", "ctrl+q")
        try:
            status = self.proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            status = None
        return status


def find_binary(args):
    if args:
        return os.path.abspath(args[0])
    if os.environ.get("AWAITLAB_BIN"):
        return os.environ["AWAITLAB_BIN"]
    return os.path.join(ROOT, "build", "app", "awaitlab")


# ---- the scenario ---------------------------------------------------------------------------

def main_per_language(argv, run, prefix):
    """The command line of the per-language scripts (e2e_teach.py, e2e_scheduler.py):
    [BINARY] [--keep DIR] [--lang en|zh]; runs run(binary, display, work, keep, lang) for each
    language in a fresh data folder on one Xvfb display."""
    keep, langs = None, ["en", "zh"]
    if "--keep" in argv:
        i = argv.index("--keep")
        keep = argv[i + 1]
        os.makedirs(keep, exist_ok=True)
        del argv[i:i + 2]
    if "--lang" in argv:
        i = argv.index("--lang")
        langs = [argv[i + 1]]
        del argv[i:i + 2]
    binary = find_binary(argv)
    for tool in ("Xvfb", "xdotool"):
        if not shutil.which(tool):
            print("skipped: %s is not installed" % tool)
            return 0
    xvfb, display = start_xvfb()
    try:
        for lang in langs:
            work = tempfile.mkdtemp(prefix=prefix)
            try:
                run(binary, display, work, keep, lang)
            finally:
                shutil.rmtree(work, ignore_errors=True)
    finally:
        xvfb.terminate()
        xvfb.wait()
    print("%d checks failed" % len(failures) if failures else "all checks passed")
    return 1 if failures else 0


def main(argv):
    keep = None
    if "--keep" in argv:
        i = argv.index("--keep")
        keep = argv[i + 1]
        os.makedirs(keep, exist_ok=True)
        del argv[i:i + 2]
    binary = find_binary(argv)
    for tool in ("Xvfb", "xdotool"):
        if not shutil.which(tool):
            print("skipped: %s is not installed" % tool)
            return 0
    xvfb, display = start_xvfb()
    work = tempfile.mkdtemp(prefix="awaitlab-e2e-")
    try:
        run(binary, display, work, keep)
    finally:
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(work, ignore_errors=True)
    print("%d checks failed" % len(failures) if failures else "all checks passed")
    return 1 if failures else 0


def run(binary, display, work, keep):
    w = Window(binary, display, work)
    s = w.state
    check("the lesson opens", s["source"] == "lesson" and s["lesson"] == LESSON, s.get("lesson"))
    check("the cursor starts at event 0", s["cursor"] == 0, str(s["cursor"]))
    check("the axis starts on scheduler steps", s["axis"] == "steps", s["axis"])
    check("no task is selected yet", s["selected_task"] == 0, str(s["selected_task"]))
    check("the lesson runs without errors", s["errors"] == [] and s["run"]["kind"] == "ok" and not s["run"]["live"],
          json.dumps(s["run"]))
    check("a CJK font was found", s["font"]["cjk"], s["font"]["warning"])
    w.screenshot("start", keep)

    w.key("Right", "Right", "Right", "Right", "Right")
    s = w.wait(lambda s: s["cursor"] == 5, "five steps forward reach event 5")
    check("five steps forward: cursor 5", s["cursor"] == 5, str(s["cursor"]))
    w.key("Left", "Left")
    s = w.wait(lambda s: s["cursor"] == 3, "two steps back reach event 3")
    check("two steps back: cursor 3", s["cursor"] == 3, str(s["cursor"]))
    w.click("lane_0")
    s = w.wait(lambda s: s["selected_task"] != 0, "clicking a lane's name selects its task")
    check("the first lane is Task-1, the main task", s["selected_task_name"] == "Task-1", s["selected_task_name"])
    check("selecting a task does not move the cursor", s["cursor"] == 3, str(s["cursor"]))
    w.key("shift+Right")
    s = w.wait(lambda s: s["cursor"] > 3 and s["cursor_kind"] == "step_begin",
               "Shift+Right jumps to the next task switch")
    w.key("End")
    s = w.wait(lambda s: s["cursor"] == s["events"] - 1, "End goes to the last event")
    w.key("Home")
    s = w.wait(lambda s: s["cursor"] == 0, "Home goes back to the start")
    w.key("Next")  # PageDown: what presentation clickers send
    s = w.wait(lambda s: s["cursor"] > 0 and s["cursor_kind"] == "step_begin", "PageDown steps to a task switch")
    w.key("Right", "Right")
    w.screenshot("stepped", keep)

    # Edit: click into the code, go to the end of the first line, type a comment. (xdotool types
    # characters outside the keyboard map by remapping a spare keycode on the fly, which X
    # clients see unreliably, so the typed text is ASCII; the fixture's Chinese comment checks
    # CJK rendering and the unit tests check CJK editing.)
    hash0 = s["editor"]["hash"]
    runs0 = s["run"]["count"]
    w.click("editor_text", 0.9, 0.02)
    s = w.wait(lambda s: s["editor"]["focused"], "clicking the code focuses the editor")
    w.key("ctrl+Home", "End")
    w.type("  # edited by the e2e test")
    s = w.wait(lambda s: s["editor"]["hash"] != hash0 and s["editor"]["edited_since_run"],
               "typing changes the code")
    check("the edit is marked dirty", s["editor"]["dirty"])
    check("typing does not step the trace", s["editor"]["cursor_line"] == 1, str(s["editor"]["cursor_line"]))
    w.key("F5")
    s = w.wait(lambda s: s["run"]["count"] == runs0 + 1 and not s["editor"]["edited_since_run"],
               "F5 reruns the edited code")
    check("the rerun has no errors", s["errors"] == [], json.dumps(s["errors"]))
    edited_hash = s["editor"]["hash"]
    saved_edit = s["editor"]["saved_edit"]
    w.wait(lambda s: os.path.exists(saved_edit), "the edit is saved to the user's data directory")
    with open(saved_edit, encoding="utf-8") as f:
        check("the saved edit holds the typed text", "# edited by the e2e test" in f.read())

    # Break the syntax on a new line 2: the error shows there, Ctrl+Enter reruns, undo restores.
    w.key("End", "Return")
    w.type("x = (")
    w.key("ctrl+Return")
    s = w.wait(lambda s: s["run"]["count"] == runs0 + 2, "Ctrl+Enter reruns")
    check("a syntax error is reported at line 2",
          s["run"]["kind"] == "syntax_error" and s["errors"] and s["errors"][0]["line"] == 2,
          json.dumps(s["errors"]))
    check("the old trace stays on screen", s["events"] > 0 and s["run"]["stale"])
    w.screenshot("syntax-error", keep, decode=False)
    for _ in range(8):
        if w.read()["editor"]["hash"] == edited_hash:
            break
        w.key("ctrl+z")
    w.key("F5")
    s = w.wait(lambda s: s["run"]["count"] == runs0 + 3, "F5 reruns after undo")
    check("undo brings back the working code", s["errors"] == [] and s["editor"]["hash"] == edited_hash,
          json.dumps(s["errors"]))
    w.key("Escape")
    s = w.wait(lambda s: not s["editor"]["focused"], "Escape leaves the editor")
    c = s["cursor"]
    w.key("Right")
    s = w.wait(lambda s: s["cursor"] == min(c + 1, s["events"] - 1), "arrows step again after Escape")

    # The console: at the end every line is shown; clicking one jumps to when it was printed.
    w.key("End")
    w.click("tab_console")
    s = w.wait(lambda s: s["panels"]["inspector_tab"] == "console" and "console_line_1" in s["rects"],
               "the Console tab shows the output")
    check("the console shows every line at the end", s["console"]["shown"] == s["console"]["lines"] > 1,
          json.dumps(s["console"]))
    target = s["console"]["first_events"][1]
    w.click("console_line_1")
    s = w.wait(lambda s: s["cursor"] == target, "clicking a console line jumps to when it was printed")
    check("the console then shows the lines up to that moment", s["console"]["shown"] == 2,
          json.dumps(s["console"]))
    w.screenshot("console", keep, decode=False)
    w.click("tab_loop")
    s = w.wait(lambda s: s["panels"]["inspector_tab"] == "loop", "the Event loop tab opens")
    w.screenshot("event-loop", keep, decode=False)
    w.click("tab_primitives")
    s = w.wait(lambda s: s["panels"]["inspector_tab"] == "primitives", "the Primitives tab opens")
    w.screenshot("primitives", keep, decode=False)

    # The timeline: switch the axis, click a lane to move the cursor, fit.
    w.click("axis_time")
    s = w.wait(lambda s: s["axis"] == "time", "clicking 'Virtual time' switches the axis")
    w.key("f")
    w.click("timeline_lanes", 0.5, 0.12)
    s = w.wait(lambda s: s["vtime"] > 0.5, "clicking the middle of the time axis moves the cursor there")
    w.screenshot("time-axis", keep)
    w.click("axis_steps")
    s = w.wait(lambda s: s["axis"] == "steps", "clicking 'Scheduler steps' switches back")
    w.click("axis_time")
    s = w.wait(lambda s: s["axis"] == "time", "and to the time axis again (saved at exit)")

    # The language: one click, every string translated.
    w.click("language_toggle")
    s = w.wait(lambda s: s["language"] == "zh", "the language switch selects 简体中文")
    w.screenshot("chinese", keep)
    check("no string is missing a translation", s["missing_translations"] == [], str(s["missing_translations"]))

    # A splitter: drag the timeline's top edge up by 80 pixels.
    bottom0 = s["layout"]["bottom"]
    w.drag("split_bottom", 0, -80)
    s = w.wait(lambda s: s["layout"]["bottom"] > bottom0 + 0.03, "dragging the splitter resizes the timeline")
    s = w.settle()
    bottom1 = s["layout"]["bottom"]

    status = w.quit()
    check("Ctrl+Q quits with status 0", status == 0, str(status))
    with open(os.path.join(work, "config", "awaitlab", "settings.json"), encoding="utf-8") as f:
        settings = json.load(f)
    check("settings are saved", settings["language"] == "zh" and settings["axis"] == "time",
          json.dumps(settings)[:300])

    # Start again: the language, axis, splitter and the edit come back.
    w = Window(binary, display, work)
    s = w.state
    check("the language is restored", s["language"] == "zh")
    check("the axis is restored", s["axis"] == "time")
    check("the splitter is restored", abs(s["layout"]["bottom"] - bottom1) < 0.002,
          "%s vs %s" % (s["layout"]["bottom"], bottom1))
    check("the edit is restored", s["editor"]["hash"] == edited_hash and s["editor"]["dirty"])
    w.screenshot("restarted", keep, decode=False)
    check("Ctrl+Q quits again", w.quit() == 0)

    live_and_watch(binary, display, work, keep)


ENDLESS = """import asyncio


async def main():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.1)


asyncio.run(main())
while True:  # stuck outside the event loop, where no watchdog runs: only Stop ends it
    pass
"""

SLEEPY = """import asyncio


async def main():
    print("waiting")
    await asyncio.sleep(30)


asyncio.run(main())
"""

FINITE = """import asyncio


async def worker(name):
    await asyncio.sleep(0.1)
    print(name, "done")


async def main():
    await asyncio.gather(worker("a"), worker("b"))


asyncio.run(main())
"""


DEADLOCK = """import asyncio


async def main():
    ready = asyncio.Event()
    await ready.wait()  # nobody sets it


asyncio.run(main())
"""


def live_and_watch(binary, display, work, keep):
    """`awaitlab open FILE.py --clock real`: the run streams in live, Shift+F5 stops the task stuck in
    `while True: pass`, and saving the file from outside reruns it keeping the cursor."""
    path = os.path.join(work, "scenario-from-disk.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(ENDLESS)
    w = Window(binary, display, work, extra=("--clock", "real"), target=(path,),
               ready=lambda s: s.get("run", {}).get("live"))
    s = w.state
    check("the file opens on the real clock, running live", s["source"] == "file" and s["run"]["clock"] == "real"
          and s["run"]["kind"] == "running", json.dumps(s["run"]))
    s = w.wait(lambda s: s["console"]["lines"] == 3, "the three ticks stream into the console while it runs")
    ticks = s["console"]["first_events"][:3]
    time.sleep(0.5)
    s = w.read()
    check("the program is still running (stuck in while True: pass)", s["run"]["live"] and s["run"]["kind"] == "running",
          json.dumps(s["run"]))
    # Stuck outside the event loop (after asyncio.run), nothing on the timeline grows.
    time.sleep(0.5)
    s2 = w.read()
    check("nothing grows on the timeline while the program runs outside the loop",
          s2["events"] == s["events"] and s2["timeline"]["time_extent"] == s["timeline"]["time_extent"],
          "%s %s" % (json.dumps(s["timeline"]), json.dumps(s2["timeline"])))
    w.screenshot("live", keep)
    w.key("shift+F5")
    s = w.wait(lambda s: not s["run"]["live"], "Shift+F5 stops the run", timeout=5.0)
    check("the run is marked stopped, exit status 130", s["run"]["kind"] == "stopped" and s["run"]["exit_status"] == 130,
          json.dumps(s["run"]))
    # Stop is Ctrl+C: after the ticks the console shows the KeyboardInterrupt traceback.
    check("the stopped run keeps its trace and output", s["events"] > 0 and s["console"]["lines"] > 3
          and s["console"]["first_events"][:3] == ticks, json.dumps(s["console"]))

    w.key("Home", "Right", "Right", "Right")
    s = w.wait(lambda s: s["cursor"] == 3, "the cursor goes to event 3")
    runs = s["run"]["count"]
    # Save the file as editors do: a new file renamed over the old one.
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(FINITE)
    os.rename(tmp, path)
    s = w.wait(lambda s: s["run"]["count"] == runs + 1 and not s["run"]["live"],
               "changing the file on disk reruns it")
    check("the editor shows the new file", s["editor"]["hash"] == fnv1a_hex(FINITE) and not s["editor"]["dirty"],
          s["editor"]["hash"])
    check("the rerun finished without errors", s["run"]["kind"] == "ok" and s["errors"] == [], json.dumps(s["run"]))
    check("the rerun keeps the cursor where it was", s["cursor"] == 3, str(s["cursor"]))
    check("the rerun's output is the new program's", s["console"]["lines"] == 2, json.dumps(s["console"]))
    w.screenshot("file-rerun", keep, decode=False)

    # A long real-clock sleep: no events arrive, yet the waiting bar and the loop's idle bar grow
    # with the clock, and the timeline follows them.
    runs = s["run"]["count"]
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(SLEEPY)
    os.rename(tmp, path)
    s = w.wait(lambda s: s["run"]["count"] == runs + 1 and s["run"]["live"] and s["console"]["lines"] == 1,
               "the sleeping version runs live")
    w.key("End")
    time.sleep(0.3)
    s = w.read()
    time.sleep(0.6)
    s2 = w.read()
    check("the waiting task's bar grows on the time axis while no events arrive",
          s2["events"] == s["events"] and s2["timeline"]["time_extent"] >= s["timeline"]["time_extent"] + 0.4,
          "%s %s" % (json.dumps(s["timeline"]), json.dumps(s2["timeline"])))
    # (within a few frames: the dump's "now" is read after the frame that placed the view)
    check("the timeline follows the growing bar", s2["axis"] != "time" or (
          s2["timeline"]["u1"] > s["timeline"]["u1"] + 0.2 and s2["timeline"]["u1"] >= s2["timeline"]["time_extent"] - 0.25),
          "%s %s" % (json.dumps(s["timeline"]), json.dumps(s2["timeline"])))
    w.screenshot("live-sleep", keep)
    w.key("shift+F5")
    s = w.wait(lambda s: not s["run"]["live"], "Shift+F5 stops the sleeping run", timeout=5.0)

    # A deadlock: the Problems tab lists it, and clicking it moves the cursor to where it happened.
    runs = s["run"]["count"]
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(DEADLOCK)
    os.rename(tmp, path)
    s = w.wait(lambda s: s["run"]["count"] == runs + 1 and not s["run"]["live"], "the deadlocking version reruns")
    check("the deadlock ends the run with exit status 3", s["run"]["kind"] == "failed" and s["run"]["exit_status"] == 3,
          json.dumps(s["run"]))
    check("one problem is recorded", len(s["problems"]) == 1, json.dumps(s["problems"]))
    w.key("Home")
    w.click("tab_problems")
    s = w.wait(lambda s: s["panels"]["inspector_tab"] == "problems" and "problem_0" in s["rects"],
               "the Problems tab lists the deadlock")
    w.click("problem_0")
    s = w.wait(lambda s: s["cursor"] == s["problems"][0], "clicking the problem moves the cursor to it")
    check("the cursor is on the deadlock's event", s["cursor"] == s["problems"][0] and s["cursor_kind"] == "diagnostic",
          "%s %s" % (s["cursor"], s.get("cursor_kind")))
    w.screenshot("problems", keep)
    english = ["Task-1 (main) waits on Event.wait() at line 6: no task can set this event any more"]
    chinese = ["Task-1 (main) 在等待 Event.wait()（第 6 行）：再也没有任务能 set 这个事件"]
    # The file window starts in the language the first window saved (简体中文); the toggle shows
    # the same sentence in the other language.
    first, second = (chinese, english) if s["language"] == "zh" else (english, chinese)
    check("the problem names the task, the event and the line, in the UI language",
          s["problem_texts"] == first, json.dumps(s["problem_texts"], ensure_ascii=False))
    lang = s["language"]
    w.click("language_toggle")
    s = w.wait(lambda s: s["language"] != lang, "the language switch changes the language")
    check("after the switch the problem is explained in the other language",
          s["problem_texts"] == second, json.dumps(s["problem_texts"], ensure_ascii=False))
    w.screenshot("problems-other-language", keep)
    check("Ctrl+Q quits the file window", w.quit() == 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
