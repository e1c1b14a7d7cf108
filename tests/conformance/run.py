#!/usr/bin/env python3
"""Run the conformance scripts with the engine and compare with CPython's expected outputs.

    python3 tests/conformance/run.py BINARY [--filter PAT] [--jobs N] [--timeout S]

Each script runs as `BINARY run NAME.py` from its own folder. stdout, the normalised stderr and
the exit status must equal the .expected files byte for byte (a script whose directive says
`ignore-stderr` is a documented known difference: its stderr is not compared). A failure prints
a truncated unified diff per channel and leaves <name>.<channel>.actual files next to the script.
Scripts listed in pending.txt exercise parts of the subset that awaitlab does not support yet:
they still run, a failure counts as skipped (not passed), and one that starts passing is
announced so it can leave the list. `--write-pending` rewrites pending.txt from this run's
failures, keeping the reasons already written there.
The last line is `conformance: N passed, M failed, K skipped`; the exit status is 1 when M > 0.
"""

import argparse
import concurrent.futures
import difflib
import os
import sys

sys.dont_write_bytecode = True
import harness  # noqa: E402

DIFF_LINES = 40
SANITIZER_MARKS = (b"ERROR: AddressSanitizer", b"ERROR: LeakSanitizer", b": runtime error: ")


def diff(expected, actual, label):
    a = expected.decode("utf-8", "replace").splitlines(keepends=True)
    b = actual.decode("utf-8", "replace").splitlines(keepends=True)
    lines = list(difflib.unified_diff(a, b, "expected " + label, "actual " + label))
    lines = [l if l.endswith("\n") else l + "\n\\ No newline at end of file\n" for l in lines]
    if len(lines) > DIFF_LINES:
        lines = lines[:DIFF_LINES] + ["... (%d more diff lines)\n" % (len(lines) - DIFF_LINES)]
    return "".join(lines)


def check(binary, script, timeout):
    """Returns None when the script passes, else the failure report."""
    folder, name = os.path.split(harness.script_path(script))
    out, err, status = harness.run_program([binary, "run", name], folder, os.environ, timeout)
    actual = {"out": out, "err": harness.normalize_stderr(err, folder),
              "status": harness.status_text(status).encode()}
    compared = ["out", "status"]
    if "ignore-stderr" not in harness.directives(script):
        compared.append("err")
    report = []
    for channel in harness.CHANNELS:
        path = harness.expected_path(script, channel)
        if not os.path.exists(path):
            report.append("missing %s: run tests/conformance/regen.py\n" % os.path.relpath(path, harness.ROOT))
            continue
        with open(path, "rb") as f:
            expected = f.read()
        if channel in compared and expected != actual[channel]:
            report.append(diff(expected, actual[channel], script + " " + channel))
    if any(mark in err for mark in SANITIZER_MARKS):
        report.append("sanitizer report on stderr:\n" + err.decode("utf-8", "replace")[-4000:])
    for channel in harness.CHANNELS:
        path = harness.actual_path(script, channel)
        if report:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(actual[channel])
        elif os.path.exists(path):
            os.remove(path)
    return "".join(report) or None


PENDING = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pending.txt")
PENDING_HEADER = """\
# Conformance scripts awaitlab does not pass yet, one per line: PATH  # what is missing.
# run.py runs them and counts a failure as skipped; rewrite with run.py --write-pending.
"""


def read_pending():
    """Maps each pending script to the reason written after its path."""
    pending = {}
    if os.path.exists(PENDING):
        with open(PENDING, encoding="utf-8") as f:
            for line in f:
                path, _, reason = line.partition("#")
                if path.strip():
                    pending[path.strip()] = reason.strip()
    return pending


def write_pending(failures, old):
    with open(PENDING, "w", encoding="utf-8") as f:
        f.write(PENDING_HEADER)
        for script in sorted(failures):
            f.write("%s  # %s\n" % (script, old.get(script) or "not supported yet"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", help="the awaitlab executable")
    parser.add_argument("--filter", help="only scripts whose path contains PAT (or matches a glob)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds per script")
    parser.add_argument("--quiet", action="store_true", help="print failures and the summary only")
    parser.add_argument("--write-pending", action="store_true",
                        help="rewrite pending.txt with the scripts that fail in this run")
    args = parser.parse_args()

    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        print("run.py: %s is not an executable" % binary, file=sys.stderr)
        return 2
    scripts = harness.find_scripts(args.filter)
    problems = harness.check_known_differences(scripts)
    for p in problems:
        print("error: " + p)

    pending = read_pending()
    passed = failed = skipped = 0
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        futures = [pool.submit(check, binary, s, args.timeout) for s in scripts]
        for script, future in zip(scripts, futures):
            report = future.result()
            if report is None:
                passed += 1
                if script in pending:
                    print("now passes, remove it from pending.txt: " + script)
                elif not args.quiet:
                    print("ok   " + script)
            elif script in pending and not args.write_pending:
                skipped += 1
                failures.append(script)
                if not args.quiet:
                    print("pending %s  (%s)" % (script, pending[script]))
            else:
                failed += 1
                failures.append(script)
                print("FAIL " + script)
                print(report, end="" if report.endswith("\n") else "\n")
            sys.stdout.flush()
    if args.write_pending:
        if args.filter:
            failures += [s for s in pending if s not in scripts]
        write_pending(failures, pending)
        print("wrote %d scripts to %s" % (len(failures), os.path.relpath(PENDING, harness.ROOT)))
        skipped, failed = failed, 0
    failed += len(problems)
    print("conformance: %d passed, %d failed, %d skipped" % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
