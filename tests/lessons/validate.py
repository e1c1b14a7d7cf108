#!/usr/bin/env python3
"""Check every lesson in lessons/ (lessons/README.md is the format they must follow).

    python3 tests/lessons/validate.py [--binary build/app/awaitlab] [--filter TEXT] [--jobs N]

For each lesson in lessons/index.json:
  - the folder holds scenario.py, en.md and zh.md, and the variant files the index lists;
  - both texts have the fixed sections in order, the same guided steps, the same variant markers
    and the same prediction block; the titles equal the index's;
  - each variant exists and differs from the scenario in code, not only in comments;
  - every script has conformance expected files (tests/conformance/lessons/...), and the
    scenario's output under the CPython oracle still equals them;
  - the prediction's answer is right under the oracle: an "order" question's lines appear in
    that order and its distractors do not appear; a "next" question names the task that runs
    next after the given event; every guided step names an event that happens, in time order;
  - the tags agree with the scripts (deadlock-demo = some script exits 3, error-exit = some
    script exits 1, needs-real-io = sockets/files/threads/signals, tutorial-fix = the lesson
    has a "what the tutorial gets wrong" section).
With --binary, when that awaitlab supports `run --trace`, the scenario also runs in the engine:
when its stdout and status equal CPython's (the conformance suite reports them otherwise), the
guided steps and a "next" answer are checked again against the engine's trace.
index.json problems count as one more failed item, and so does a failure of the checks' own
tests (test_lesson_format.py), which run first. Needs CPython 3.11 (the oracle's).
The last line is `lessons: N passed, M failed`; the exit status is 1 when M > 0.
"""

import argparse
import ast
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "tests", "conformance"))
import harness  # noqa: E402
import regen  # noqa: E402
import lesson_format as fmt  # noqa: E402
import schedule  # noqa: E402

LESSONS = os.path.join(REPO, "lessons")
INDEX = os.path.join(LESSONS, "index.json")
PROBE = os.path.join(HERE, "schedule_probe.py")
LESSON_ID = re.compile(r"^(\d\d)-[a-z0-9]+(-[a-z0-9]+)*$")
VARIANT_FILE = re.compile(r"^variant-(\d+)\.py$")
MAX_SCRIPT_LINES = 60
MIN_STEPS = 2
VARIANTS_RANGE = (2, 3)
SOURCES = {"000", "001", "002", "003"}
# What makes a script need real I/O (needs-real-io tag).
REAL_IO = re.compile(r"\b(start_server|open_connection|to_thread|run_in_executor|"
                     r"add_signal_handler)\b|(?<![\w.])open\(")
PROBE_TIMEOUT = 60
ENGINE_TIMEOUT = 30


# --- the index -----------------------------------------------------------------------------

def check_index(index):
    """Problems with index.json as a whole; returns (problems, lessons)."""
    problems = []
    if not isinstance(index, dict) or index.get("format") != 1 or not isinstance(index.get("lessons"), list):
        return ["index.json must be {\"format\": 1, \"lessons\": [...]}"], []
    lessons = index["lessons"]
    ids = [e.get("id") for e in lessons if isinstance(e, dict)]
    if len(ids) != len(lessons):
        problems.append("every lesson entry must be an object")
    if len(set(ids)) != len(ids):
        problems.append("duplicate lesson ids")
    numbers = []
    for lesson_id in ids:
        m = LESSON_ID.match(lesson_id or "")
        if not m:
            problems.append("lesson id %r is not NN-slug" % lesson_id)
        else:
            numbers.append(int(m.group(1)))
    if numbers != list(range(1, len(numbers) + 1)):
        problems.append("lessons must be numbered 01, 02, ... in index order")
    on_disk = sorted(d for d in os.listdir(LESSONS)
                     if os.path.isdir(os.path.join(LESSONS, d)) and not d.startswith((".", "_")))
    for d in sorted(set(on_disk) - set(ids)):
        problems.append("folder lessons/%s is not in index.json" % d)
    for d in sorted(set(ids) - set(on_disk)):
        problems.append("index.json lists %s, which has no folder" % d)
    return problems, [e for e in lessons if isinstance(e, dict)]


def check_entry(entry):
    problems = []
    extra = set(entry) - {"id", "folder", "title", "variants", "tags", "sources"}
    if extra:
        problems.append("index entry: unknown key(s) %s" % ", ".join(sorted(extra)))
    if entry.get("folder") != entry.get("id"):
        problems.append("index entry: folder must equal id")
    title = entry.get("title")
    if not isinstance(title, dict) or not all(isinstance(title.get(l), str) and title.get(l)
                                              for l in fmt.LANGUAGES):
        problems.append("index entry: title must be {\"en\": ..., \"zh\": ...}")
    variants = entry.get("variants")
    if variants != ["variant-%d.py" % i for i in range(1, len(variants or []) + 1)]:
        problems.append("index entry: variants must be [\"variant-1.py\", \"variant-2.py\", ...]")
    elif not VARIANTS_RANGE[0] <= len(variants) <= VARIANTS_RANGE[1]:
        problems.append("a lesson has %d to %d variants" % VARIANTS_RANGE)
    tags = entry.get("tags")
    if not isinstance(tags, list) or set(tags) - set(fmt.TAGS):
        problems.append("index entry: tags must be a list drawn from %s" % ", ".join(sorted(fmt.TAGS)))
    sources = entry.get("sources", [])
    if not isinstance(sources, list) or set(sources) - SOURCES:
        problems.append("index entry: sources must list tutorial numbers %s" % ", ".join(sorted(SOURCES)))
    return problems


# --- one lesson ----------------------------------------------------------------------------

def code_of(path):
    """The script's syntax tree: variants must differ from the scenario in code, and comments
    and layout do not count."""
    with open(path, encoding="utf-8") as f:
        return ast.dump(ast.parse(f.read()))


def read_expected(script):
    out = {}
    for channel in harness.CHANNELS:
        path = harness.expected_path(script, channel)
        if not os.path.exists(path):
            return None
        with open(path, "rb") as f:
            out[channel] = f.read()
    return out


def run_probe(folder, name, log_path):
    env = dict(regen.oracle_env(), AWAITLAB_SCHEDULE_LOG=log_path)
    out, err, status = harness.run_program([sys.executable, PROBE, name], folder, env, PROBE_TIMEOUT)
    return {"out": out, "err": harness.normalize_stderr(err, folder),
            "status": harness.status_text(status).encode()}


def check_prediction(predict, stdout_lines, sched, where):
    problems = []
    if predict["kind"] == "order":
        positions = []
        for line in predict["lines"]:
            hits = [i for i, l in enumerate(stdout_lines) if l == line]
            if len(hits) != 1:
                problems.append("%s: predict line %r appears %d times in the output (want once)"
                                % (where, line, len(hits)))
            else:
                positions.append(hits[0])
        if len(positions) == len(predict["lines"]) and positions != sorted(positions):
            problems.append("%s: the predict lines are not in output order" % where)
        for line in predict.get("distractors", []):
            if line in stdout_lines:
                problems.append("%s: distractor %r is in the output" % (where, line))
    else:
        after = predict["after"]
        pos = sched.find(after["task"], after["event"], after.get("n", 1))
        if pos is None:
            problems.append("%s: predict 'after' event %s did not happen" % (where, describe(after)))
        else:
            actual = sched.next_run_after(pos)
            if actual != predict["answer"]:
                problems.append("%s: after %s the next task to run is %r, not %r"
                                % (where, describe(after), actual, predict["answer"]))
        tasks = sched.tasks()
        for choice in predict["choices"]:
            if choice not in tasks:
                problems.append("%s: predict choice %r is not a task of the run" % (where, choice))
    return problems


def describe(step):
    return "%s %s #%d" % (step["task"], step["event"], step.get("n", 1))


def check_steps(steps, sched, where):
    problems = []
    last = -1
    for step in steps:
        pos = sched.find(step["task"], step["event"], step["n"])
        if pos is None:
            problems.append("%s: guided step %s does not happen" % (where, describe(step)))
            continue
        if pos < last:
            problems.append("%s: guided step %s comes before the previous step" % (where, describe(step)))
        last = pos
    return problems


def engine_check(binary, folder, expected, steps, predict):
    """(problems, note): the engine's trace against the steps and a 'next' answer."""
    with tempfile.TemporaryDirectory(prefix="awaitlab-lesson-") as tmp:
        trace = os.path.join(tmp, "trace.json")
        out, _, status = harness.run_program([binary, "run", "--trace", trace, "scenario.py"],
                                             folder, os.environ, ENGINE_TIMEOUT)
        if out != expected["out"] or harness.status_text(status).encode() != expected["status"]:
            return [], "engine output differs from CPython (the conformance suite reports it); trace not checked"
        try:
            sched = schedule.from_chrome_trace(trace)
        except (OSError, ValueError, KeyError) as e:
            return ["engine trace unreadable: %s" % e], None
    problems = check_steps(steps, sched, "engine trace")
    if predict["kind"] == "next":
        problems += check_prediction(predict, [], sched, "engine trace")
    return problems, "engine trace checked"


def check_lesson(entry, binary):
    """Returns (problems, notes) for one lesson."""
    lesson_id = entry["id"]
    folder = os.path.join(LESSONS, lesson_id)
    problems = check_entry(entry)
    notes = []
    for name in ("scenario.py", "en.md", "zh.md"):
        if not os.path.exists(os.path.join(folder, name)):
            problems.append("missing %s" % name)
    if problems and not os.path.exists(os.path.join(folder, "scenario.py")):
        return problems, notes
    variants = entry.get("variants") or []
    on_disk = sorted(n for n in os.listdir(folder) if VARIANT_FILE.match(n))
    if on_disk != sorted(variants):
        problems.append("variant files %s differ from the index's %s" % (on_disk, variants))
    scripts = ["scenario.py"] + [v for v in variants if os.path.exists(os.path.join(folder, v))]
    scenario_code = code_of(os.path.join(folder, "scenario.py"))
    for name in scripts:
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            n_lines = len(f.read().splitlines())
        if n_lines > MAX_SCRIPT_LINES:
            problems.append("%s has %d lines (at most %d: one screen)" % (name, n_lines, MAX_SCRIPT_LINES))
        if name != "scenario.py" and code_of(os.path.join(folder, name)) == scenario_code:
            problems.append("%s does not change the scenario's code" % name)

    docs = {}
    for lang in fmt.LANGUAGES:
        path = os.path.join(folder, lang + ".md")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                doc, bad = fmt.parse_lesson_text(f.read(), lang)
            docs[lang] = doc
            problems += bad
            if isinstance(entry.get("title"), dict) and doc["title"] != entry["title"].get(lang):
                problems.append("%s.md title %r differs from index.json's %r"
                                % (lang, doc["title"], entry["title"].get(lang)))
    predict = None
    if len(docs) == len(fmt.LANGUAGES):
        en, zh = docs["en"], docs["zh"]
        if en["sections"] != zh["sections"]:
            problems.append("en.md and zh.md have different sections")
        if en["steps"] != zh["steps"]:
            problems.append("en.md and zh.md have different guided steps")
        if len(en["steps"]) < MIN_STEPS:
            problems.append("at least %d guided steps" % MIN_STEPS)
        if en["variants"] != zh["variants"]:
            problems.append("en.md and zh.md mark different variants")
        if en["variants"] != list(range(1, len(variants) + 1)):
            problems.append("'try this' must mark variants 1..%d in order" % len(variants))
        blocks = {lang: docs[lang]["predict"] for lang in fmt.LANGUAGES}
        if any(len(b) != 1 for b in blocks.values()):
            problems.append("each text needs exactly one predict block")
        else:
            predict, bad = fmt.parse_predict(blocks["en"][0])
            problems += ["en.md: " + b for b in bad]
            zh_predict, _ = fmt.parse_predict(blocks["zh"][0])
            if zh_predict != predict:
                problems.append("en.md and zh.md have different predict blocks")
    steps = docs["en"]["steps"] if "en" in docs else []

    statuses = {}
    for name in scripts:
        script = os.path.join("lessons", lesson_id, name)
        expected = read_expected(script)
        if expected is None:
            problems.append("%s has no expected files: run tests/conformance/regen.py --filter %s"
                            % (name, script))
        else:
            statuses[name] = expected["status"].strip().decode()

    expected = read_expected(os.path.join("lessons", lesson_id, "scenario.py"))
    if expected is not None:
        with tempfile.TemporaryDirectory(prefix="awaitlab-lesson-") as tmp:
            log = os.path.join(tmp, "schedule.jsonl")
            actual = run_probe(folder, "scenario.py", log)
            if actual != expected:
                stale = [c for c in harness.CHANNELS if actual[c] != expected[c]]
                problems.append("scenario.py: CPython's %s no longer equal the expected files: run "
                                "tests/conformance/regen.py --filter lessons/%s/" % ("/".join(stale), lesson_id))
            sched = schedule.from_probe_log(log)
            lines = [text for _, text in schedule.probe_output_lines(log)]
        if predict is not None and not [p for p in problems if "predict" in p]:
            problems += check_prediction(predict, lines, sched, "CPython")
        problems += check_steps(steps, sched, "CPython")
        if binary and predict is not None:
            bad, note = engine_check(binary, folder, expected, steps, predict)
            problems += bad
            if note:
                notes.append(note)

    tags = set(entry.get("tags") or [])
    derived = set()
    if "3" in statuses.values():
        derived.add("deadlock-demo")
    if "1" in statuses.values():
        derived.add("error-exit")
    for name in scripts:
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            if REAL_IO.search(f.read()):
                derived.add("needs-real-io")
    if "en" in docs and "tutorial" in docs["en"]["sections"]:
        derived.add("tutorial-fix")
    if len(statuses) == len(scripts) and tags != derived:
        problems.append("tags %s, but the scripts and text say %s" % (sorted(tags), sorted(derived)))
    return problems, notes


# --- main ----------------------------------------------------------------------------------

def self_test():
    """Runs test_lesson_format quietly; returns the failure report, or None when it passes."""
    import io
    import unittest
    suite = unittest.defaultTestLoader.loadTestsFromName("test_lesson_format")
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
    return None if result.wasSuccessful() else stream.getvalue()


def engine_supports_trace(binary):
    try:
        help_text = subprocess.run([binary, "run", "--help"], stdin=subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                   timeout=20).stdout
    except (OSError, subprocess.TimeoutExpired):
        return False
    return b"--trace" in help_text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", help="an awaitlab executable to check the traces with")
    parser.add_argument("--filter", help="only lessons whose id contains TEXT")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 11):
        print("validate.py needs CPython 3.11, the oracle's (this is %s)" % sys.version.split()[0])
        return 2

    binary = None
    if args.binary:
        binary = os.path.abspath(args.binary)
        if not os.access(binary, os.X_OK):
            print("note: %s does not exist: checking against CPython only" % args.binary)
            binary = None
        elif not engine_supports_trace(binary):
            print("note: %s has no `run --trace`: checking against CPython only" % args.binary)
            binary = None

    passed = failed = 0
    report = self_test()
    if report:
        failed += 1
        print("FAIL the validator's own tests (tests/lessons/test_lesson_format.py)\n" + report)
    try:
        with open(INDEX, encoding="utf-8") as f:
            index = json.load(f)
    except (OSError, ValueError) as e:
        index = None
        print("FAIL index.json\n  %s" % e)
        failed += 1
    index_problems, lessons = check_index(index) if index is not None else ([], [])
    if index_problems:
        failed += 1
        print("FAIL index.json")
        for p in index_problems:
            print("  " + p)
    if args.filter:
        lessons = [e for e in lessons if args.filter in e.get("id", "")]
    lessons = [e for e in lessons if e.get("id") and os.path.isdir(os.path.join(LESSONS, e["id"]))]

    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        results = list(pool.map(lambda e: check_lesson(e, binary), lessons))
    for entry, (problems, notes) in zip(lessons, results):
        if problems:
            failed += 1
            print("FAIL " + entry["id"])
            for p in problems:
                print("  " + p)
        else:
            passed += 1
            print("ok   %s%s" % (entry["id"], "  (%s)" % "; ".join(notes) if notes else ""))
    print("lessons: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
