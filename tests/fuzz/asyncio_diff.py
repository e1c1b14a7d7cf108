#!/usr/bin/env python3
"""Differential asyncio fuzzer: generated programs run by CPython (the oracle) and by awaitlab.

    python3 tests/fuzz/asyncio_diff.py [--seeds A..B] [--binary PATH] [--keep-failures DIR]
                                       [--jobs N] [--timeout S] [--duration S] [--cache DIR]
                                       [--oracle-only [--perturb K]]

For each seed in A..B (inclusive; default 0..299) it writes the program of asyncio_gen.py to a
scratch folder, runs it with the CPython oracle (tests/conformance/oracle.py, the same
environment as regen.py) and with `BINARY run PROGRAM.py`, normalises stderr with the
conformance suite's rules, and compares stdout, stderr and the exit status byte for byte.
The last line is `asyncio-fuzz: N passed, M failed`; each failure is listed with its seed and
the first lines of a diff. The exit status is 1 when anything failed (or the oracle itself
failed on a program: a generator bug), 2 on a usage error.

--keep-failures DIR   copy each failing program and both sides' outputs to DIR/seed-N/
--cache DIR           keep the oracle's outputs per program text (keyed by a hash of the
                      program and oracle.py), so repeated runs only pay for the engine
--duration S          stop starting new seeds after S seconds (for long sessions)
--oracle-only         run the oracle only: check that every program terminates with status 0
                      and an empty stderr, and report the time taken
--perturb K           with --oracle-only, also run the oracle K more times per program after
                      allocating a random amount of memory first, and require the same output:
                      catches programs whose output depends on object addresses (the
                      iteration order of sets of tasks), which no engine can reproduce
"""

import argparse
import concurrent.futures
import difflib
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CONFORMANCE = os.path.join(ROOT, "tests", "conformance")
sys.path.insert(0, HERE)
sys.path.insert(0, CONFORMANCE)
import asyncio_gen  # noqa: E402
import harness  # noqa: E402
import regen  # noqa: E402

ORACLE = os.path.join(CONFORMANCE, "oracle.py")
DEFAULT_BINARY = os.path.join(ROOT, "build", "app", "awaitlab")
DIFF_LINES = 24

# Runs oracle.py after allocating a seed-dependent amount of memory, which moves every object
# the program creates to other addresses.
PERTURB_LAUNCHER = """
import random, runpy, sys
rng = random.Random(int(sys.argv[1]))
junk = [bytearray(rng.randint(1, 700)) for _ in range(rng.randint(1, 3000))]
sys.argv = sys.argv[2:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def parse_range(text):
    """'A..B' -> range(A, B + 1); a single number N is N..N."""
    if ".." in text:
        a, b = text.split("..", 1)
        a, b = int(a), int(b)
    else:
        a = b = int(text)
    if b < a:
        raise argparse.ArgumentTypeError("empty seed range %s" % text)
    return range(a, b + 1)


def oracle_key(program):
    with open(ORACLE, "rb") as f:
        oracle_source = f.read()
    digest = hashlib.sha256(oracle_source + b"\0" + program.encode("utf-8"))
    return digest.hexdigest()


def run_oracle(folder, name, timeout, cache):
    """CPython's (stdout, normalised stderr, status text) for the program in folder/name."""
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        program = f.read()
    path = None
    if cache:
        path = os.path.join(cache, oracle_key(program) + ".json")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            return (data["out"].encode("utf-8", "surrogateescape"),
                    data["err"].encode("utf-8", "surrogateescape"), data["status"].encode())
    out, err, status = harness.run_program([sys.executable, ORACLE, name], folder,
                                           regen.oracle_env(), timeout)
    result = (out, harness.normalize_stderr(err, folder), harness.status_text(status).encode())
    if path and status is not None:
        os.makedirs(cache, exist_ok=True)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump({"out": result[0].decode("utf-8", "surrogateescape"),
                       "err": result[1].decode("utf-8", "surrogateescape"),
                       "status": result[2].decode()}, f)
        os.replace(path + ".tmp", path)
    return result


def run_engine(binary, folder, name, timeout):
    out, err, status = harness.run_program([binary, "run", name], folder, os.environ, timeout)
    return out, harness.normalize_stderr(err, folder), harness.status_text(status).encode()


def short_diff(expected, actual, label, right="awaitlab"):
    a = expected.decode("utf-8", "replace").splitlines(keepends=True)
    b = actual.decode("utf-8", "replace").splitlines(keepends=True)
    lines = list(difflib.unified_diff(a, b, "cpython " + label, right + " " + label, n=2))
    lines = [l if l.endswith("\n") else l + "\n" for l in lines]
    if len(lines) > DIFF_LINES:
        lines = lines[:DIFF_LINES] + ["... (%d more diff lines)\n" % (len(lines) - DIFF_LINES)]
    return "".join(lines)


def check_seed(seed, args):
    """Returns (seed, verdict, report, seconds); verdict is 'pass', 'fail' or 'oracle'."""
    started = time.monotonic()
    program = asyncio_gen.generate(seed)
    name = "fuzz_%d.py" % seed
    with tempfile.TemporaryDirectory(prefix="asyncio-fuzz-") as folder:
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(program)
        expected = run_oracle(folder, name, args.timeout, args.cache)
        if expected[2] != b"0\n" or expected[1]:
            # The generator promises status 0 and a silent stderr (no unretrieved exception,
            # no warning): anything else is a generator bug, not an engine difference.
            report = "oracle status %s, stderr:\n%s" % (expected[2].decode().strip(),
                                                        expected[1].decode("utf-8", "replace")[-2000:])
            return seed, "oracle", report, time.monotonic() - started
        if args.oracle_only:
            for k in range(args.perturb):
                out, err, status = harness.run_program(
                    [sys.executable, "-c", PERTURB_LAUNCHER, str(k + 1), ORACLE, name], folder,
                    regen.oracle_env(), args.timeout)
                moved = (out, harness.normalize_stderr(err, folder),
                         harness.status_text(status).encode())
                if moved != expected:
                    report = "output depends on object addresses (perturbation %d):\n" % (k + 1)
                    report += short_diff(expected[0], moved[0], "stdout", "moved cpython")
                    report += short_diff(expected[1], moved[1], "stderr", "moved cpython")
                    return seed, "oracle", report, time.monotonic() - started
            return seed, "pass", "", time.monotonic() - started
        actual = run_engine(args.binary, folder, name, args.timeout)
        report = []
        for label, e, a in zip(("stdout", "stderr", "status"), expected, actual):
            if e != a:
                report.append(short_diff(e, a, label))
        if report and args.keep_failures:
            keep = os.path.join(args.keep_failures, "seed-%d" % seed)
            os.makedirs(keep, exist_ok=True)
            shutil.copy(os.path.join(folder, name), keep)
            for label, data in zip(("out", "err", "status"), expected):
                with open(os.path.join(keep, "expected." + label), "wb") as f:
                    f.write(data)
            for label, data in zip(("out", "err", "status"), actual):
                with open(os.path.join(keep, "actual." + label), "wb") as f:
                    f.write(data)
    verdict = "fail" if report else "pass"
    return seed, verdict, "".join(report), time.monotonic() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=parse_range, default=range(0, 300),
                        help="inclusive seed range A..B (default 0..299)")
    parser.add_argument("--binary", default=DEFAULT_BINARY, help="the awaitlab executable")
    parser.add_argument("--keep-failures", metavar="DIR")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per program and side")
    parser.add_argument("--duration", type=float, help="stop starting seeds after S seconds")
    parser.add_argument("--cache", metavar="DIR", help="cache the oracle's outputs here")
    parser.add_argument("--oracle-only", action="store_true",
                        help="only check that the oracle runs every program to status 0")
    parser.add_argument("--perturb", type=int, default=0, metavar="K",
                        help="with --oracle-only: rerun each program K times at other addresses")
    args = parser.parse_args()

    if sys.version_info[:2] != (3, 11):
        print("asyncio_diff.py must run under CPython 3.11 (the oracle's version)", file=sys.stderr)
        return 2
    if not args.oracle_only:
        args.binary = os.path.abspath(args.binary)
        if not os.access(args.binary, os.X_OK):
            print("asyncio_diff.py: %s is not an executable" % args.binary, file=sys.stderr)
            return 2
    if args.keep_failures:
        args.keep_failures = os.path.abspath(args.keep_failures)
    if args.cache:
        args.cache = os.path.abspath(args.cache)

    started = time.monotonic()
    passed = failed = broken = 0
    failures = []
    seeds = iter(args.seeds)
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        running = set()

        def submit_next():
            if args.duration is not None and time.monotonic() - started > args.duration:
                return False
            seed = next(seeds, None)
            if seed is None:
                return False
            running.add(pool.submit(check_seed, seed, args))
            return True

        for _ in range(max(1, args.jobs) * 2):
            if not submit_next():
                break
        while running:
            finished, _ = concurrent.futures.wait(running, return_when=concurrent.futures.FIRST_COMPLETED)
            for future in finished:
                running.discard(future)
                seed, verdict, report, _ = future.result()
                if verdict == "pass":
                    passed += 1
                elif verdict == "fail":
                    failed += 1
                    failures.append(seed)
                    print("FAIL seed %d (python3 tests/fuzz/asyncio_gen.py %d)" % (seed, seed))
                    print(report, end="" if report.endswith("\n") else "\n")
                else:
                    broken += 1
                    failures.append(seed)
                    print("ORACLE seed %d: the generated program did not run cleanly or "
                          "deterministically under CPython (a generator bug): %s" % (seed, report))
                sys.stdout.flush()
                submit_next()
    elapsed = time.monotonic() - started
    if failures:
        print("failing seeds: " + " ".join(str(s) for s in sorted(failures)))
    if args.oracle_only:
        print("asyncio-fuzz oracle check: %d programs ran cleanly, %d did not (%.1f s)"
              % (passed, broken, elapsed))
    else:
        print("asyncio-fuzz: %d passed, %d failed" % (passed, failed + broken))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
