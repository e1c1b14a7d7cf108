#!/usr/bin/env python3
"""Regenerate the expected outputs of the conformance scripts from the real CPython 3.11.

    python3 tests/conformance/regen.py [--filter PAT] [--jobs N] [--check]

For every script under tests/conformance/<category>/ it runs oracle.py (from the script's own
folder, by base name), normalises stderr (harness.normalize_stderr) and writes
<name>.expected.out, <name>.expected.err and <name>.expected.status. This is the only writer of
those files. --check writes nothing and lists the scripts whose expected files are stale.
Without --filter, expected files whose script no longer exists are deleted.
"""

import argparse
import concurrent.futures
import os
import sys

sys.dont_write_bytecode = True
import harness  # noqa: E402

ORACLE = os.path.join(harness.ROOT, "oracle.py")
ORACLE_TIMEOUT = 60
VERSION_FILE = os.path.join(harness.ROOT, "ORACLE_VERSION")


def oracle_env():
    """A fixed environment, so the outputs depend on the script alone."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "TZ": "UTC",
    }


def generate(script):
    """Run the oracle on one script; returns {channel: bytes} as they are stored."""
    folder, name = os.path.split(harness.script_path(script))
    out, err, status = harness.run_program([sys.executable, ORACLE, name], folder,
                                           oracle_env(), ORACLE_TIMEOUT)
    return {
        "out": out,
        "err": harness.normalize_stderr(err, folder),
        "status": harness.status_text(status).encode(),
    }


def stored(script):
    result = {}
    for channel in harness.CHANNELS:
        try:
            with open(harness.expected_path(script, channel), "rb") as f:
                result[channel] = f.read()
        except FileNotFoundError:
            result[channel] = None
    return result


def write(script, outputs):
    for channel, data in outputs.items():
        path = harness.expected_path(script, channel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        try:
            with open(path, "rb") as f:
                if f.read() == data:
                    continue
        except FileNotFoundError:
            pass
        with open(path, "wb") as f:
            f.write(data)


def remove_orphans(scripts):
    wanted = {harness.expected_path(s, c) for s in scripts for c in harness.CHANNELS}
    removed = []
    for folder, dirs, files in os.walk(harness.ROOT):
        dirs[:] = [d for d in dirs if not d.startswith((".", "__"))]
        for name in files:
            path = os.path.join(folder, name)
            if ".expected." in name and path not in wanted:
                os.remove(path)
                removed.append(os.path.relpath(path, harness.ROOT))
    return removed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--filter", help="only scripts whose path contains PAT (or matches a glob)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--check", action="store_true", help="write nothing; report stale files")
    args = parser.parse_args()

    if sys.version_info[:2] != (3, 11):
        print("regen.py must run under CPython 3.11 (this is %s)" % sys.version.split()[0],
              file=sys.stderr)
        return 2
    scripts = harness.find_scripts(args.filter)
    problems = harness.check_known_differences(scripts)
    for p in problems:
        print("error: " + p, file=sys.stderr)
    if problems:
        return 1

    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        results = dict(zip(scripts, pool.map(generate, scripts)))

    version = "CPython %s\n" % sys.version.split()[0]
    stale = []
    timeouts = []
    for script in scripts:
        outputs = results[script]
        if outputs["status"] == b"timeout\n":
            timeouts.append(script)
        if args.check:
            if stored(script) != outputs:
                stale.append(script)
        else:
            write(script, outputs)
    for script in timeouts:
        print("error: %s: the oracle timed out after %d s" % (script, ORACLE_TIMEOUT), file=sys.stderr)

    if args.check:
        for script in stale:
            print("stale: " + script)
        print("regen --check: %d scripts, %d stale" % (len(scripts), len(stale)))
        return 1 if stale or timeouts else 0
    removed = [] if args.filter else remove_orphans(harness.find_scripts())
    for path in removed:
        print("removed orphan " + path)
    if not args.filter:
        with open(VERSION_FILE, "w") as f:
            f.write(version)
    print("regen: %d scripts written with %s" % (len(scripts), version.strip()))
    return 1 if timeouts else 0


if __name__ == "__main__":
    sys.exit(main())
