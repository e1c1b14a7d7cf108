"""What regen.py and run.py share: finding scripts, their expected files, directives, and the
normalisation applied to both sides before comparing (README.md explains every rule).

Sections: layout · directives and known differences · normalisation · running a program.
"""

import fnmatch
import os
import re
import subprocess

# --- layout ------------------------------------------------------------------------------

ROOT = os.path.dirname(os.path.abspath(__file__))
KNOWN_DIFFERENCES = os.path.join(ROOT, "KNOWN_DIFFERENCES.md")
CHANNELS = ("out", "err", "status")

# The category "lessons/" is the repository's lessons folder: its scripts stay there (and run
# there), while their expected files live under ROOT/lessons/ like every other category's.
LESSONS_CATEGORY = "lessons" + os.sep
LESSONS_DIR = os.path.join(os.path.dirname(os.path.dirname(ROOT)), "lessons")


def lesson_scripts():
    """lessons/NN-slug/scenario.py and variant-N.py of every lesson folder."""
    found = []
    if os.path.isdir(LESSONS_DIR):
        for lesson in sorted(os.listdir(LESSONS_DIR)):
            folder = os.path.join(LESSONS_DIR, lesson)
            if lesson.startswith((".", "__")) or not os.path.isdir(folder):
                continue
            for name in sorted(os.listdir(folder)):
                if name == "scenario.py" or re.fullmatch(r"variant-\d+\.py", name):
                    found.append(os.path.join("lessons", lesson, name))
    return found


def script_path(script):
    """The file a script path relative to ROOT names (lessons/... lies outside ROOT)."""
    if script.startswith(LESSONS_CATEGORY):
        return os.path.join(LESSONS_DIR, script[len(LESSONS_CATEGORY):])
    return os.path.join(ROOT, script)


def find_scripts(pattern=None):
    """Every *.py in a category folder below ROOT, plus the lesson scripts, as sorted paths
    relative to ROOT.

    The tools themselves live in ROOT and are not scripts; a pattern with glob characters is
    matched against the relative path, any other pattern is a substring of it.
    """
    found = lesson_scripts()
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
        if folder == ROOT:
            continue
        for name in files:
            if name.endswith(".py"):
                found.append(os.path.relpath(os.path.join(folder, name), ROOT))
    found.sort()
    if pattern:
        if any(c in pattern for c in "*?["):
            found = [p for p in found if fnmatch.fnmatch(p, pattern)]
        else:
            found = [p for p in found if pattern in p]
    return found


def expected_path(script, channel):
    """tests/conformance/lang/foo.py -> tests/conformance/lang/foo.expected.out (err, status)."""
    return os.path.join(ROOT, script[:-3] + ".expected." + channel)


def actual_path(script, channel):
    """Where run.py leaves what the engine printed for a failing script (git-ignored)."""
    return os.path.join(ROOT, script[:-3] + "." + channel + ".actual")


# --- directives and known differences ----------------------------------------------------

DIRECTIVE = re.compile(r"^#\s*conformance:\s*(.*?)\s*$")
KNOWN_DIRECTIVES = {"ignore-stderr"}


def directives(script):
    """The `# conformance: ...` words in the script's leading comment block."""
    words = set()
    with open(script_path(script), "rb") as f:
        for raw in f:
            line = raw.decode("utf-8", "replace").strip()
            if not line.startswith("#"):
                break
            m = DIRECTIVE.match(line)
            if m:
                words.update(m.group(1).split())
    unknown = words - KNOWN_DIRECTIVES
    if unknown:
        raise ValueError("%s: unknown conformance directive(s): %s" % (script, " ".join(sorted(unknown))))
    return words


def listed_known_differences():
    """Script paths that KNOWN_DIFFERENCES.md documents (each under a `## path` heading)."""
    if not os.path.exists(KNOWN_DIFFERENCES):
        return set()
    with open(KNOWN_DIFFERENCES, encoding="utf-8") as f:
        return {m.group(1) for m in re.finditer(r"^## `?([\w./-]+\.py)`?\s*$", f.read(), re.M)}


def check_known_differences(scripts):
    """Problems that make the known-differences list dishonest: a script with a directive
    that the list does not explain, or a listed script that does not exist."""
    listed = listed_known_differences()
    problems = []
    for script in scripts:
        if directives(script) and script not in listed:
            problems.append("%s has a conformance directive but no entry in KNOWN_DIFFERENCES.md" % script)
    everything = set(find_scripts())
    for script in sorted(listed - everything):
        problems.append("KNOWN_DIFFERENCES.md lists %s, which does not exist" % script)
    return problems


# --- normalisation -----------------------------------------------------------------------

# Rule 2: a frame whose file lies in CPython's library (any .../lib/python3.X/ directory:
# /usr/lib/python3.11, pyenv, venvs, site-packages) or is a frozen stdlib module; also the
# third-party shims awaitlab embeds (engine/modules/thirdparty), which the oracle imports.
STDLIB_FILE = re.compile(r"/lib/python3\.\d+/|/engine/modules/thirdparty/|^<frozen [\w.]+>$")
# A frame header, possibly inside ExceptionGroup boxes whose lines start with "  | ", "    | "...
FRAME = re.compile(r'^(?P<margin>(?: *\| )?)  File "(?P<file>[^"]*)", line \d+, in ')


def normalize_stderr(data, script_dir):
    """Apply the README's two rules to a program's stderr (bytes in, bytes out)."""
    text = data.decode("utf-8", "surrogateescape")
    # Rule 1: the script's absolute directory prefix disappears, so a path printed absolute
    # (python3 >= 3.9 does for the main script) reads as the base name the runner passed.
    prefix = os.path.abspath(script_dir) + os.sep
    text = text.replace(prefix, "")
    out = []
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        m = FRAME.match(lines[i])
        if m and STDLIB_FILE.search(m.group("file")):
            # Rule 2: drop the frame and its source and caret lines (indented 4 more spaces).
            detail = m.group("margin") + "    "
            i += 1
            while i < len(lines) and lines[i].startswith(detail):
                i += 1
            continue
        out.append(lines[i])
        i += 1
    return "".join(out).encode("utf-8", "surrogateescape")


# --- running a program -------------------------------------------------------------------

def run_program(argv, cwd, env, timeout):
    """Run argv in cwd with no stdin; returns (stdout, stderr, status or None on timeout)."""
    try:
        proc = subprocess.run(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return e.stdout or b"", (e.stderr or b"") + b"\n[timed out]\n", None
    return proc.stdout, proc.stderr, proc.returncode


def status_text(status):
    """The exit status as stored in .expected.status: the number, or 'signal N' / 'timeout'."""
    if status is None:
        return "timeout\n"
    if status < 0:
        return "signal %d\n" % -status
    return "%d\n" % status
