"""The lesson file format (lessons/README.md describes it for authors): parsing a lesson's
Markdown into its title, sections, guided steps, variant markers and prediction block, and the
schema checks that need no program run.

Sections: vocabulary · Markdown parsing · markers · the prediction block.
"""

import json
import re

# --- vocabulary --------------------------------------------------------------------------

LANGUAGES = ("en", "zh")

# Section keys in their required order, with the fixed heading each language uses.
# "tutorial" is optional (lessons that correct a tutorial); the others are required.
SECTIONS = (
    ("idea", {"en": "The idea", "zh": "要点"}),
    ("tutorial", {"en": "What the tutorial gets wrong", "zh": "教程里的错误"}),
    ("watch", {"en": "Watch it on the timeline", "zh": "在时间线上观察"}),
    ("try", {"en": "Try this", "zh": "动手试试"}),
    ("predict", {"en": "Predict", "zh": "预测"}),
)
OPTIONAL_SECTIONS = {"tutorial"}

STEP_EVENTS = ("create", "run", "suspend", "wake", "end")
PANELS = ("tasks", "loop", "primitives", "console", "code")
LANES = ("task", "loop")

TAGS = {
    "needs-real-io": "sockets, files, worker threads or signals: the run needs real I/O",
    "deadlock-demo": "the scenario or a variant ends in a deadlock (exit status 3)",
    "tutorial-fix": "shows what really happens where a source tutorial is wrong",
    "error-exit": "the scenario or a variant ends with an uncaught exception (exit status 1)",
}

# --- Markdown parsing --------------------------------------------------------------------

FENCE = re.compile(r"^(```|~~~)\s*([\w-]*)\s*$")


def split_lines_outside_code(text):
    """(line, in_code_block, fence_info) for every line; fences themselves are in code."""
    out = []
    fence = None
    info = ""
    for line in text.splitlines():
        m = FENCE.match(line.strip())
        if fence is None and m:
            fence, info = m.group(1), m.group(2)
            out.append((line, True, info))
        elif fence is not None and line.strip() == fence:
            out.append((line, True, info))
            fence, info = None, ""
        else:
            out.append((line, fence is not None, info))
    return out


def parse_lesson_text(text, lang):
    """Returns (doc, problems): doc has title, section order, section bodies, steps, variant
    numbers and the predict blocks (raw text) of one language's lesson text."""
    problems = []
    heading_to_key = {names[lang]: key for key, names in SECTIONS}
    doc = {"title": None, "sections": [], "body": {}, "steps": [], "variants": [], "predict": []}
    current = None
    for line, in_code, info in split_lines_outside_code(text):
        if current is None and not line.startswith("## "):
            if not in_code and line.startswith("# ") and doc["title"] is None:
                doc["title"] = line[2:].strip()
            elif line.strip():
                problems.append("%s.md: text outside a section: %r" % (lang, line.strip()[:40]))
            continue
        if not in_code and line.startswith("## "):
            heading = line[3:].strip()
            key = heading_to_key.get(heading)
            if key is None:
                problems.append("%s.md: unknown section heading %r" % (lang, heading))
                current = "?"
                doc["body"].setdefault(current, [])
                continue
            if key in doc["body"]:
                problems.append("%s.md: section %r appears twice" % (lang, heading))
            doc["sections"].append(key)
            doc["body"][key] = []
            current = key
            continue
        doc["body"][current].append((line, in_code, info))
    if doc["title"] is None:
        problems.append("%s.md: no '# title' line" % lang)
    problems += check_section_order(doc["sections"], lang)
    for key, lines in doc["body"].items():
        for line, in_code, info in lines:
            if in_code:
                continue
            for m in STEP.finditer(line):
                if key != "watch":
                    problems.append("%s.md: a step marker outside the timeline section" % lang)
                step, bad = parse_step(m.group(1))
                problems += ["%s.md: %s" % (lang, b) for b in bad]
                doc["steps"].append(step)
            for m in VARIANT.finditer(line):
                if key != "try":
                    problems.append("%s.md: a variant marker outside the 'try this' section" % lang)
                doc["variants"].append(int(m.group(1)))
    doc["predict"] = predict_blocks(doc["body"].get("predict", []))
    for key in doc["body"]:
        if key != "predict" and predict_blocks(doc["body"][key]):
            problems.append("%s.md: a predict block outside the predict section" % lang)
    return doc, problems


def check_section_order(found, lang):
    wanted = [key for key, _ in SECTIONS]
    problems = []
    missing = [k for k in wanted if k not in found and k not in OPTIONAL_SECTIONS]
    if missing:
        names = dict(SECTIONS)
        problems.append("%s.md: missing section(s) %s" % (
            lang, ", ".join(repr(names[k][lang]) for k in missing)))
    order = [k for k in wanted if k in found]
    if [k for k in found if k in wanted] != order:
        problems.append("%s.md: sections out of order (want %s)" % (lang, " / ".join(order)))
    return problems


# --- markers -----------------------------------------------------------------------------

STEP = re.compile(r"<!--\s*step:\s*(.*?)\s*-->")
VARIANT = re.compile(r"<!--\s*variant:\s*(\d+)\s*-->")


def parse_step(text):
    """'task=NAME event=EVENT [n=K] [lane=task|loop] [panel=PANEL]' -> (dict, problems)."""
    step = {}
    problems = []
    for word in text.split():
        key, eq, value = word.partition("=")
        if not eq or not value:
            problems.append("step marker: %r is not key=value" % word)
            continue
        step[key] = value
    unknown = set(step) - {"task", "event", "n", "lane", "panel"}
    if unknown:
        problems.append("step marker: unknown key(s) %s" % ", ".join(sorted(unknown)))
    if "task" not in step:
        problems.append("step marker without task=")
    if step.get("event") not in STEP_EVENTS:
        problems.append("step marker: event must be one of %s" % "|".join(STEP_EVENTS))
    if "n" in step:
        if not step["n"].isdigit() or int(step["n"]) < 1:
            problems.append("step marker: n must be a positive integer")
        else:
            step["n"] = int(step["n"])
    step.setdefault("n", 1)
    if step.get("lane", "task") not in LANES:
        problems.append("step marker: lane must be one of %s" % "|".join(LANES))
    if "panel" in step and step["panel"] not in PANELS:
        problems.append("step marker: panel must be one of %s" % "|".join(PANELS))
    return step, problems


# --- the prediction block ----------------------------------------------------------------

def predict_blocks(lines):
    blocks = []
    current = None
    for line, in_code, info in lines:
        if in_code and info == "predict":
            if FENCE.match(line.strip()):
                if current is None:
                    current = []
                else:
                    blocks.append("\n".join(current))
                    current = None
                continue
            if current is not None:
                current.append(line)
    return blocks


def parse_predict(raw):
    """The JSON of a predict block -> (dict or None, problems)."""
    try:
        p = json.loads(raw)
    except ValueError as e:
        return None, ["predict block is not valid JSON: %s" % e]
    if not isinstance(p, dict):
        return None, ["predict block must be a JSON object"]
    problems = []
    kind = p.get("kind")
    if kind == "order":
        lines = p.get("lines")
        if not (isinstance(lines, list) and len(lines) >= 2 and all(isinstance(x, str) for x in lines)):
            problems.append("predict order: 'lines' must list at least two output lines")
        d = p.get("distractors", [])
        if not (isinstance(d, list) and all(isinstance(x, str) for x in d)):
            problems.append("predict order: 'distractors' must be a list of strings")
        elif set(d) & set(lines or []):
            problems.append("predict order: a line is both an answer and a distractor")
        extra = set(p) - {"kind", "lines", "distractors"}
    elif kind == "next":
        after = p.get("after")
        if not isinstance(after, dict) or "task" not in after or after.get("event") not in STEP_EVENTS:
            problems.append("predict next: 'after' must be {task, event[, n]} like a step marker")
        elif not isinstance(after.get("n", 1), int) or after.get("n", 1) < 1:
            problems.append("predict next: after.n must be a positive integer")
        choices = p.get("choices")
        if not (isinstance(choices, list) and len(choices) >= 2 and all(isinstance(c, str) for c in choices)):
            problems.append("predict next: 'choices' must list at least two task names")
        elif p.get("answer") not in choices:
            problems.append("predict next: 'answer' must be one of 'choices'")
        extra = set(p) - {"kind", "after", "choices", "answer"}
    else:
        return None, ["predict block: kind must be 'order' or 'next'"]
    if extra:
        problems.append("predict block: unknown key(s) %s" % ", ".join(sorted(extra)))
    return p, problems
