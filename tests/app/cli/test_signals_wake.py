#!/usr/bin/env python3
"""A signal ends a blocked real-clock wait at once (engine/vm/signal_wake.h): `awaitlab run
--clock real` of a program asleep for 30 s is sent SIGINT or SIGUSR1 from outside, and must react
within seconds, as python3 does. Usage: test_signals_wake.py AWAITLAB [PYTHON3]."""
import os
import signal
import subprocess
import sys
import tempfile
import time

SLEEPER = """import asyncio

async def main():
    print("waiting", flush=True)
    await asyncio.sleep(30)
    print("woke up after 30 s")

asyncio.run(main())
"""

HANDLER = """import asyncio
import signal
import sys

def on_usr1(signum, frame):
    print("handler ran for", signal.Signals(signum).name, flush=True)
    sys.exit(4)

signal.signal(signal.SIGUSR1, on_usr1)

async def main():
    print("waiting", flush=True)
    await asyncio.sleep(30)
    print("woke up after 30 s")

asyncio.run(main())
"""

failures = 0


def check(name, ok, detail=""):
    global failures
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + detail))
    if not ok:
        failures += 1


def run_and_signal(argv, sig):
    """Starts argv, waits for its "waiting" line, sends `sig`; returns (status, out, err, seconds)."""
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    first = proc.stdout.readline()
    sent = time.monotonic()
    proc.send_signal(sig)
    try:
        out, err = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        return None, first + out, err, 10.0
    return proc.returncode, first + out, err, time.monotonic() - sent


def main():
    awaitlab = sys.argv[1]
    python = sys.argv[2] if len(sys.argv) > 2 else "python3"
    work = tempfile.mkdtemp(prefix="awaitlab-signals-")
    for name, source, sig in (("sleeper", SLEEPER, signal.SIGINT), ("handler", HANDLER, signal.SIGUSR1)):
        path = os.path.join(work, name + ".py")
        with open(path, "w") as f:
            f.write(source)
        want = run_and_signal([python, path], sig)
        got = run_and_signal([awaitlab, "run", "--clock", "real", path], sig)
        check("%s: awaitlab reacts to %s within 5 s" % (name, sig.name), got[3] < 5.0, "%.1f s" % got[3])
        check("%s: same exit status as python3 (%s)" % (name, want[0]), got[0] == want[0], str(got[0]))
        check("%s: same output as python3" % name, got[1] == want[1], repr((got[1], want[1])))
        last = lambda err: (err.strip().splitlines() or [""])[-1]
        check("%s: same last line of stderr as python3 (%r)" % (name, last(want[2])), last(got[2]) == last(want[2]),
              repr(got[2]))
    print("%d failed" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
