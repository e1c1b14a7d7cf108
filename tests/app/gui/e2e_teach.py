#!/usr/bin/env python3
"""End-to-end test of teaching in the window, once per UI language.

    tests/app/gui/e2e_teach.py [BINARY] [--keep DIR] [--lang en|zh]

Starts Xvfb and opens the real lesson 12-lock-race (BINARY as in e2e_window.py) in predict
mode, then drives it with xdotool: presentation mode on (F11: fullscreen, panels hidden, larger
text with +), the order question answered by clicking + on the offered lines and fixing one
with the arrows (right in English, one swap wrong in Chinese), Check, the grade read from the
state dump, a guided step, a "try this" variant, presentation mode off, the exports (Ctrl+E
Chrome trace, Ctrl+G animated GIF decoded here, Shift+F12 timeline PNG), and a restart that must
remember the answer and the language. Screenshots are checked for not being blank; --keep
copies them (the README's are made this way).
"""

import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import e2e_window as ew  # noqa: E402  (the shared Xvfb/xdotool driver)

LESSON = "12-lock-race"
check = ew.check


def lesson_predict():
    """The lesson's predict block and its variant-1 text, read from the lesson files."""
    folder = os.path.join(ew.ROOT, "lessons", LESSON)
    with open(os.path.join(folder, "en.md"), encoding="utf-8") as f:
        text = f.read()
    block = text.split("```predict", 1)[1].split("```", 1)[0]
    with open(os.path.join(folder, "variant-1.py"), encoding="utf-8") as f:
        variant = f.read()
    return json.loads(block), variant


def gif_frames(path):
    """(width, height, frames) of a GIF, walking its blocks (GIF89a, section 17 onwards)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:6] not in (b"GIF87a", b"GIF89a"):
        raise ValueError("not a GIF")
    width, height = data[6] | data[7] << 8, data[8] | data[9] << 8
    flags, pos, frames = data[10], 13, 0
    if flags & 0x80:
        pos += 3 * (2 << (flags & 7))

    def skip_sub_blocks(p):
        while data[p]:
            p += data[p] + 1
        return p + 1

    while pos < len(data):
        kind = data[pos]
        if kind == 0x3B:
            return width, height, frames
        if kind == 0x21:
            pos = skip_sub_blocks(pos + 2)
        elif kind == 0x2C:
            frames += 1
            local = data[pos + 9]
            pos += 10
            if local & 0x80:
                pos += 3 * (2 << (local & 7))
            pos = skip_sub_blocks(pos + 1)
        else:
            raise ValueError("bad GIF block 0x%02x at %d" % (kind, pos))
    raise ValueError("GIF without a trailer")


def click(w, name):
    """w.click, from elsewhere: `xdotool mousemove --sync` waits forever when the pointer is
    already there (two rows clicked in turn often sit at the same place)."""
    w.xdotool("mousemove", "0", "0")
    time.sleep(0.05)
    return w.click(name)


def quit_window(w):
    """Ctrl+Q and the exit status (without waiting for the key to reach the state dump: the
    window may be gone before it writes it)."""
    w.xdotool("key", "ctrl+q")
    try:
        return w.proc.wait(timeout=ew.TIMEOUT)
    except ew.subprocess.TimeoutExpired:
        w.proc.kill()
        return None


def scroll_to(w, name):
    """Scrolls the lesson text with the mouse wheel until the button `name` is in view."""
    bx, by, bw, bh = w.rect("lesson_text_body")
    w.xdotool("mousemove", "--sync", str(int(w.origin[0] + bx + bw / 2)), str(int(w.origin[1] + by + bh / 2)))
    for _ in range(80):
        r = w.read()["rects"].get(name)
        if r and by <= r[1] and r[1] + r[3] <= by + bh:
            return
        w.xdotool("click", "5")
        time.sleep(0.1)
    check("%s scrolls into view" % name, False)


def shot(w, label, keep, lang):
    w.screenshot("teach-%s-%s" % (lang, label), keep)


def run(binary, display, work, keep, lang):
    predict, variant_text = lesson_predict()
    right = predict["lines"]
    ew.FIXTURES = os.path.join(ew.ROOT, "lessons")  # the real lessons, not the window test's fixture
    w = ew.Window(binary, display, work, extra=("--lang", lang), target=("--lesson", LESSON),
                  ready=lambda s: s.get("events", 0) > 0 and "teach" in s)
    s = w.state
    t = s["teach"]
    check("[%s] the lesson opens in predict mode, its run hidden" % lang,
          s["lesson"] == LESSON and t["hidden"] and t["predict_kind"] == "order", json.dumps(t)[:300])
    check("[%s] the UI language is %s" % (lang, lang), s["language"] == lang, s["language"])
    check("[%s] every line and distractor is offered" % lang,
          sorted(t["pool"]) == sorted(right + predict["distractors"]), json.dumps(t["pool"]))
    check("[%s] the question replaces the timeline" % lang,
          "predict_panel" in s["rects"] and "timeline_lanes" not in s["rects"])

    w.key("F11")
    s = w.wait(lambda s: s["teach"]["presenting"] and s["teach"]["fullscreen"], "F11 enters presentation mode")
    check("[%s] presentation hides the lessons and the inspector" % lang,
          not s["panels"]["lessons"] and not s["panels"]["inspector"] and s["panels"]["lesson_text"])
    check("[%s] presentation uses the light theme and larger text" % lang,
          s["theme"] == "light" and s["font"]["scale"] >= 1.5, "%s %s" % (s["theme"], s["font"]["scale"]))
    scale = s["font"]["scale"]
    w.key("equal")
    s = w.wait(lambda s: s["font"]["scale"] > scale + 0.05, "+ scales every font up in presentation mode")

    # Place the lines: the first two swapped, then fixed with the down arrow (English); the
    # Chinese walk leaves the second and fourth swapped to be graded wrong.
    order = list(right)
    order[0], order[1] = order[1], order[0]
    if lang == "zh":
        order[1], order[3] = order[3], order[1]
    for line in order:
        pool = w.read()["teach"]["pool"]
        placed = len(w.read()["teach"]["placed"])
        click(w, "predict_add_%d" % pool.index(line))
        w.wait(lambda s: len(s["teach"]["placed"]) == placed + 1, "the line %r is placed" % line)
    s = w.read()
    check("[%s] the lines are placed in the order clicked" % lang, s["teach"]["placed"] == order,
          json.dumps(s["teach"]["placed"], ensure_ascii=False))
    click(w, "predict_down_0")
    s = w.wait(lambda s: s["teach"]["placed"][:2] == [order[1], order[0]], "the down arrow moves the first line down")
    expected_answer = [order[1], order[0]] + order[2:]
    shot(w, "predict", keep, lang)

    click(w, "predict_check")
    s = w.wait(lambda s: s["teach"]["revealed"] and s["teach"]["grade"] is not None and "timeline_lanes" in s["rects"],
               "Check reveals the timeline and grades the answer")
    g = s["teach"]["grade"]
    check("[%s] the run is revealed: the timeline is drawn" % lang,
          not s["teach"]["hidden"] and "timeline_lanes" in s["rects"])
    check("[%s] the expected order comes from the trace" % lang, g["expected"] == right,
          json.dumps(g["expected"], ensure_ascii=False))
    if lang == "zh":
        check("[zh] a wrong order is graded wrong: 5 of 7 in place, the first line wrong",
              not g["correct"] and g["right"] == 5 and g["total"] == 7 and g["first_mistake"] == 0, json.dumps(g))
    else:
        check("[en] the right order is graded right: 7 of 7", g["correct"] and g["right"] == 7, json.dumps(g))
    check("[%s] the answer is recorded" % lang,
          s["teach"]["lesson_progress"]["answered"] and s["teach"]["placed"] == expected_answer)
    shot(w, "graded", keep, lang)

    w.key("n")
    s = w.wait(lambda s: s["teach"]["active_step"] == 0, "N takes the first guided step")
    check("[%s] the guided step selects w1's lane and moves the cursor to its suspension" % lang,
          s["selected_task_name"] == "w1" and s["cursor"] > 0 and s["cursor_kind"] == "step_end",
          "%s %s %s" % (s["selected_task_name"], s["cursor"], s.get("cursor_kind")))
    step_cursor = s["cursor"]
    w.key("n", "n")
    s = w.wait(lambda s: s["teach"]["active_step"] == 2, "N N take the third guided step")
    check("[%s] a later step is later in the run, on w1 again" % lang,
          s["cursor"] > step_cursor and s["selected_task_name"] == "w1", str(s["cursor"]))
    s = w.wait(lambda s: s["panels"]["inspector_tab"] == "console",
               "the step's panel=console brings the inspector's console tab forward")
    check("[%s] the step's panel= key selects the inspector tab" % lang,
          s["panels"]["inspector_tab"] == "console" and s["teach"]["active_step"] == 2)
    w.settle()  # the text scrolls to the step a frame later: rects must be current
    click(w, "guided_step_1")
    s = w.wait(lambda s: s["teach"]["active_step"] == 1, "clicking the second step's button takes it")
    check("[%s] the second step is w2's first run" % lang,
          s["selected_task_name"] == "w2" and step_cursor < s["cursor"], str(s["cursor"]))
    shot(w, "presentation", keep, lang)

    scroll_to(w, "try_variant_1")
    runs = s["run"]["count"]
    click(w, "try_variant_1")
    s = w.wait(lambda s: s["teach"]["variant"] == 1 and s["run"]["count"] > runs, "Try this loads variant 1 and reruns")
    check("[%s] the editor holds variant-1.py" % lang,
          s["file"].endswith("variant-1.py") and s["editor"]["hash"] == ew.fnv1a_hex(variant_text), s["file"])
    check("[%s] the variant runs cleanly" % lang, s["errors"] == [] and s["run"]["kind"] == "ok", json.dumps(s["run"]))

    w.key("F11")
    s = w.wait(lambda s: not s["teach"]["presenting"], "F11 leaves presentation mode")
    check("[%s] leaving presentation restores panels and theme" % lang,
          s["panels"]["lessons"] and s["panels"]["inspector"] and s["theme"] == "dark" and not s["teach"]["fullscreen"],
          "%s %s" % (s["panels"], s["theme"]))

    w.key("ctrl+e")
    s = w.wait(lambda s: s["teach"]["exports"] == 1, "Ctrl+E exports the Chrome trace")
    path = s["teach"]["last_export"]
    with open(path, encoding="utf-8") as f:
        trace = json.load(f)
    names = {e["args"]["name"] for e in trace["traceEvents"] if e.get("ph") == "M" and e.get("name") == "thread_name"}
    check("[%s] the Chrome trace names the tasks' lanes" % lang,
          path.endswith(".trace.json") and "event loop" in names and any(n.startswith("w1") for n in names), str(names))
    w.key("Home", "ctrl+g")
    s = w.wait(lambda s: s["teach"]["exports"] == 2 and not s["teach"]["recording_gif"], "Ctrl+G records a GIF",
               timeout=60)
    width, height, frames = gif_frames(s["teach"]["last_export"])
    check("[%s] the GIF has a frame per task switch (%d) at the timeline's size" % (lang, frames),
          frames >= 5 and width >= 1500 and height > 100, "%dx%d" % (width, height))
    w.key("shift+F12")
    s = w.wait(lambda s: s["teach"]["exports"] == 3, "Shift+F12 saves the timeline as PNG")
    colours, top, size = ew.png_colours(s["teach"]["last_export"])
    check("[%s] the timeline PNG is the timeline's size and not blank" % lang,
          size[0] >= 1500 and size[1] < 1000 and colours > 20, "%s %d colours" % (size, colours))
    check("[%s] every string the walk showed is translated" % lang, s["missing_translations"] == [],
          json.dumps(s["missing_translations"]))
    status = quit_window(w)
    check("[%s] the window quits cleanly" % lang, status == 0, str(status))

    w = ew.Window(binary, display, work, target=("--lesson", LESSON),
                  ready=lambda s: s.get("events", 0) > 0 and "teach" in s and s["teach"]["grade"] is not None)
    s = w.state
    check("[%s] after a restart the answer and its grade are back" % lang,
          s["teach"]["revealed"] and not s["teach"]["hidden"] and s["teach"]["grade"]["right"] == (7 if lang == "en" else 5))
    check("[%s] after a restart the language is still %s" % (lang, lang), s["language"] == lang, s["language"])
    check("[%s] the lesson list counts the answered lesson" % lang, s["teach"]["answered_lessons"] == 1)
    quit_window(w)


def main(argv):
    return ew.main_per_language(argv, run, "awaitlab-e2e-teach-")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
