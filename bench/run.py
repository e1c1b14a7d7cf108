#!/usr/bin/env python3
"""Runs awaitlab's benchmarks against CPython 3.11 (and uvloop for asyncio) and records ratios.

Sections: configuration (engines and benchmarks) · running one process · timing benchmarks ·
memory benchmarks · callgrind instruction counts · tables · main.

Every benchmark script prints `checksum: X` (compared across engines: they must have computed
the same thing) and `cpu: S`, the process CPU time (time.process_time) spent in the measured
section only, which excludes start-up, `import asyncio` and the trace export at exit. That
in-script CPU time is the primary measure: this machine has 2 cores shared with other jobs, so
wall time mostly measures the queue for a core. The runner also records, around each process,
wall time and user+system CPU time (os.wait4), and the same for a start-up-only baseline
script, so whole-process numbers can be reported with start-up separated. Memory benchmarks
pause with their objects alive; the runner reads VmRSS from /proc/PID/status then.

Each benchmark runs N times per engine (engines interleaved round by round so a load spike hits
all of them); the median is reported (and the minimum kept in results.json).
"""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)

# ---------------------------------------------------------------------------------------------
# Configuration

PLAIN = ["fib", "list_loops", "dict_loops", "string_building", "method_calls", "exceptions"]
ASYNC = ["sleep0_switch", "queue_pingpong", "gather_tasks", "lock_contention", "tcp_echo"]
# Memory benchmarks: (folder, script, objects created in the full run).
MEMORY = [("python", "coroutine_size", 100_000), ("asyncio", "pending_memory", 10_000)]

TARGET_PLAIN = 1.5       # awaitlab / CPython, plain Python (issue 2)
TARGET_ASYNC = 0.5       # awaitlab / CPython asyncio, tracing off (issue 3); also <= uvloop
TARGET_TRACE = 2.0       # tracing on / tracing off (issue 3)
TARGET_TASK_MEM = 0.5    # awaitlab / CPython bytes per pending task (issue 3)
TARGET_CORO_BYTES = 512  # coroutine object with its frame (issue 2)

# Names a script reports when awaitlab lacks an API; the run is then "not yet supported".
UNSUPPORTED = re.compile(r"has no attribute '(open_connection|start_server)'")


def engines(args, kind):
    """The command prefix of each engine configuration for a benchmark kind."""
    al = [args.awaitlab, "run"]
    if args.no_watchdog:
        al += ["--watchdog-instructions", "0"]
    out = {"cpython": [args.cpython]}
    if kind == "python":
        out["awaitlab"] = al
        return out
    if args.uvloop:
        out["uvloop"] = [args.cpython, os.path.join(BENCH, "uvloop_shim.py")]
    trace = ["--trace", "/dev/null"]
    out["al-virtual"] = al + ["--clock", "virtual"]
    out["al-virtual-trace"] = al + ["--clock", "virtual"] + trace
    out["al-real"] = al + ["--clock", "real"]
    out["al-real-trace"] = al + ["--clock", "real"] + trace
    return out


# ---------------------------------------------------------------------------------------------
# Running one process


def run_once(cmd, timeout):
    """Runs cmd; returns wall time, process CPU time, exit status, checksum, in-script CPU."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=BENCH)
        deadline = start + timeout
        status = None
        while status is None:
            pid, st, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                status = st
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, st, usage = os.wait4(proc.pid, 0)
                status = -1
                break
            time.sleep(0.005)
        wall = time.perf_counter() - start
        proc.returncode = 0  # reaped by wait4 above; keeps Popen.__del__ quiet
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode(errors="replace")
        stderr = err.read().decode(errors="replace")
    code = -1 if status == -1 else os.waitstatus_to_exitcode(status)
    rec = {"wall": wall, "proc_cpu": usage.ru_utime + usage.ru_stime, "rc": code}
    m = re.search(r"^checksum: (.*)$", stdout, re.M)
    rec["checksum"] = m.group(1) if m else None
    m = re.search(r"^cpu: ([0-9.]+)$", stdout, re.M)
    rec["cpu"] = float(m.group(1)) if m else None
    m = re.search(r"^info: (.*)$", stdout, re.M)
    if m:
        rec["info"] = m.group(1)
    if code != 0 or rec["checksum"] is None:
        tail = stderr.strip().splitlines()[-3:] if stderr.strip() else ["(no stderr)"]
        rec["error"] = ("timeout" if code == -1 else f"exit {code}: ") + " | ".join(tail)
        if UNSUPPORTED.search(stderr):
            rec["unsupported"] = True
    return rec


def load_now():
    return os.getloadavg()[0]


# ---------------------------------------------------------------------------------------------
# Timing benchmarks


def summarize(runs):
    ok = [r for r in runs if "error" not in r]
    if not ok:
        first = runs[0]
        return {"status": "not yet supported" if first.get("unsupported") else "error",
                "error": first["error"]}
    med = lambda key: statistics.median(r[key] for r in ok)
    return {"status": "ok", "runs": len(ok), "cpu": med("cpu"), "cpu_min": min(r["cpu"] for r in ok),
            "proc_cpu": med("proc_cpu"), "wall": med("wall"),
            "checksum": ok[0]["checksum"],
            "checksums_agree": len({r["checksum"] for r in ok}) == 1}


def time_benchmark(args, kind, name, scale, progress):
    path = os.path.join(kind, name + ".py")
    cmds = engines(args, kind)
    runs = {e: [] for e in cmds}
    for _ in range(args.runs):
        for e, prefix in cmds.items():
            runs[e].append(run_once(prefix + [path, repr(scale)], args.timeout))
            progress()
    return {e: summarize(r) for e, r in runs.items()}


def check_checksums(result):
    """Marks a benchmark whose engines disagree on the checksum."""
    sums = {e: r["checksum"] for e, r in result.items() if r.get("status") == "ok"}
    ref = sums.get("cpython")
    for e, s in sums.items():
        if ref is not None and s != ref:
            result[e]["status"] = "wrong checksum"
            result[e]["error"] = f"checksum {s} != CPython's {ref}"


# ---------------------------------------------------------------------------------------------
# Memory benchmarks


def run_paused(cmd, timeout):
    """Runs a memory script with "pause"; returns its VmRSS (KiB) while paused, and its checksum.

    RSS is read from /proc while the objects are alive: ru_maxrss from wait4 would include the
    runner's own pages from before exec."""
    proc = subprocess.Popen(cmd + ["pause"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=BENCH, text=True)
    rss = None
    for line in proc.stdout:
        if line.strip() == "paused":
            with open(f"/proc/{proc.pid}/status") as f:
                rss = int(re.search(r"^VmRSS:\s*(\d+) kB", f.read(), re.M).group(1))
            break
    try:
        rest, err = proc.communicate("\n", timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        rest, err = proc.communicate()
    m = re.search(r"^checksum: (.*)$", rest, re.M)
    if proc.returncode != 0 or rss is None or not m:
        tail = " | ".join(err.strip().splitlines()[-3:])
        return {"error": f"exit {proc.returncode}: {tail}"}
    out = {"rss_kb": rss, "checksum": m.group(1)}
    m = re.search(r"^info: (.*)$", rest, re.M)
    if m:
        out["info"] = m.group(1)
    return out


def memory_benchmark(args, kind, name, count):
    """Bytes per object: the RSS difference between COUNT live objects and none, over COUNT."""
    path = os.path.join(kind, name + ".py")
    cmds = {e: p for e, p in engines(args, kind).items() if not e.endswith("-trace")}
    cmds.pop("al-real", None)  # the clock does not change what a pending task holds
    out = {}
    for e, prefix in cmds.items():
        full, empty = [], []
        for _ in range(args.runs):
            full.append(run_paused(prefix + [path, "1", str(count)], args.timeout))
            empty.append(run_paused(prefix + [path, "1", "0"], args.timeout))
        bad = [r for r in full + empty if "error" in r]
        if bad:
            out[e] = {"status": "error", "error": bad[0]["error"]}
            continue
        rss_full = statistics.median(r["rss_kb"] for r in full)
        rss_empty = statistics.median(r["rss_kb"] for r in empty)
        out[e] = {"status": "ok", "count": count,
                  "bytes_per_object": (rss_full - rss_empty) * 1024 / count,
                  "rss_kb": rss_full, "rss_empty_kb": rss_empty, "checksum": full[0]["checksum"]}
        if "info" in full[0]:
            out[e]["info"] = full[0]["info"]
    return out


# ---------------------------------------------------------------------------------------------
# Callgrind instruction counts (independent of the machine's load)


def callgrind_count(cmd):
    with tempfile.TemporaryDirectory() as tmp:
        vg = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out"]
        proc = subprocess.run(vg + cmd, cwd=BENCH, capture_output=True, text=True)
    m = re.search(r"Collected : (\d+)", proc.stderr)
    if proc.returncode != 0 or not m:
        return None
    return int(m.group(1))


def callgrind_benchmarks(args, progress):
    out = {}
    for kind, names in (("python", PLAIN), ("asyncio", ASYNC)):
        cmds = {e: p for e, p in engines(args, kind).items() if not e.startswith("al-real")}
        base = {e: callgrind_count(p + [os.path.join(kind, "_startup.py")]) for e, p in cmds.items()}
        for name in names:
            if not selected(args, name) or name == "tcp_echo":
                continue
            res = {}
            for e, p in cmds.items():
                n = callgrind_count(p + [os.path.join(kind, name + ".py"), repr(args.callgrind_scale)])
                progress()
                res[e] = None if n is None or base[e] is None else n - base[e]
            out[name] = res
    return out


# ---------------------------------------------------------------------------------------------
# Tables


def ratio(a, b):
    return a / b if a is not None and b else None


def fmt(x, digits=2):
    return "—" if x is None else f"{x:.{digits}f}"


def cpu_of(result, e):
    r = result.get(e)
    if not r:
        return None
    return r["cpu"] if r.get("status") == "ok" else None


def process_cpu(result, base, e):
    """Whole-process CPU seconds minus the start-up baseline, or None."""
    r, b = result.get(e), base.get(e)
    if not r or not b or r.get("status") != "ok" or b.get("status") != "ok":
        return None
    return max(r["proc_cpu"] - b["proc_cpu"], 1e-6)


def cell(result, e):
    r = result.get(e)
    if r is None:
        return "—"
    if r["status"] == "ok":
        return f"{r['cpu']:.3f}"
    return r["status"]


def verdict(value, limit):
    if value is None:
        return "—"
    return "yes" if value <= limit else "**no**"


def tables(results):
    lines = []
    plain = results["plain"]
    if plain:
        lines += ["### Plain Python (CPU seconds in the measured section, median)", "",
                  "| benchmark | CPython | awaitlab | awaitlab/CPython | ≤ 1.5× |",
                  "|---|---:|---:|---:|:---:|"]
        for name, r in plain.items():
            q = ratio(cpu_of(r, "awaitlab"), cpu_of(r, "cpython"))
            lines.append(f"| {name} | {cell(r, 'cpython')} | {cell(r, 'awaitlab')} | "
                         f"{fmt(q)} | {verdict(q, TARGET_PLAIN)} |")
        lines.append("")
    asy = results["asyncio"]
    if asy:
        lines += ["### asyncio (CPU seconds in the measured section, median)", "",
                  "| benchmark | CPython | uvloop | al virtual | al virtual+trace | al real | "
                  "al real+trace |", "|---|---:|---:|---:|---:|---:|---:|"]
        for name, r in asy.items():
            lines.append(f"| {name} | " + " | ".join(cell(r, e) for e in (
                "cpython", "uvloop", "al-virtual", "al-virtual-trace", "al-real",
                "al-real-trace")) + " |")
        lines += ["", "| benchmark | al/CPython (virtual, real) ≤ 0.5 | al/uvloop (virtual, real) ≤ 1 "
                  "| trace on/off: recording (virtual, real) ≤ 2 | trace on/off: whole process "
                  "with JSON export (virtual, real) |", "|---|:---:|:---:|:---:|:---:|"]
        base = results["startup"].get("asyncio", {})
        for name, r in asy.items():
            row = [name]
            for ref, limit in (("cpython", TARGET_ASYNC), ("uvloop", 1.0)):
                qs = [ratio(cpu_of(r, e), cpu_of(r, ref)) for e in ("al-virtual", "al-real")]
                row.append(", ".join(f"{fmt(q)} {verdict(q, limit)}" for q in qs))
            qs = [ratio(cpu_of(r, e + "-trace"), cpu_of(r, e)) for e in ("al-virtual", "al-real")]
            row.append(", ".join(f"{fmt(q)} {verdict(q, TARGET_TRACE)}" for q in qs))
            qs = [ratio(process_cpu(r, base, e + "-trace"), process_cpu(r, base, e))
                  for e in ("al-virtual", "al-real")]
            row.append(", ".join(f"{fmt(q, 1)} {verdict(q, TARGET_TRACE)}" for q in qs))
            lines.append("| " + " | ".join(row) + " |")
        lines.append("")
    mem = results["memory"]
    if mem:
        lines += ["### Memory (RSS difference / objects)", "",
                  "| measure | CPython | uvloop | awaitlab | target | met |", "|---|---:|---:|---:|---|:---:|"]
        for name, r in mem.items():
            b = {e: (v["bytes_per_object"] if v["status"] == "ok" else None) for e, v in r.items()}
            al = b.get("awaitlab", b.get("al-virtual"))
            if name == "coroutine_size":
                target, ok = f"≤ {TARGET_CORO_BYTES} B", verdict(al, TARGET_CORO_BYTES)
            else:
                q = ratio(al, b.get("cpython"))
                target, ok = "≤ 0.5× CPython", f"{fmt(q)}× {verdict(q, TARGET_TASK_MEM)}"
            lines.append(f"| {name} (bytes each) | {fmt(b.get('cpython'), 0)} | "
                         f"{fmt(b.get('uvloop'), 0)} | {fmt(al, 0)} | {target} | {ok} |")
        lines.append("")
    cg = results.get("callgrind")
    if cg:
        lines += ["### Callgrind instructions (start-up subtracted, millions)", "",
                  "| benchmark | CPython | uvloop | awaitlab | awaitlab --trace (with export) | awaitlab/CPython |",
                  "|---|---:|---:|---:|---:|---:|"]
        for name, r in cg.items():
            al = r.get("awaitlab", r.get("al-virtual"))
            m = lambda v: fmt(v / 1e6 if v is not None else None, 1)
            lines.append(f"| {name} | {m(r.get('cpython'))} | {m(r.get('uvloop'))} | {m(al)} | "
                         f"{m(r.get('al-virtual-trace'))} | {fmt(ratio(al, r.get('cpython')))} |")
        lines.append("")
    return "\n".join(lines)


def process_table(results):
    """Whole-process CPU seconds minus the start-up baseline (includes the trace export)."""
    lines = ["### Whole process (CPU s, start-up baseline subtracted; trace export included)", ""]
    for kind, key in (("python", "plain"), ("asyncio", "asyncio")):
        base = results["startup"].get(kind, {})
        if not base:
            continue
        names = list(base)
        lines += ["| " + kind + " | " + " | ".join(names) + " |",
                  "|---|" + "---:|" * len(names)]
        for name, r in results[key].items():
            lines.append(f"| {name} | " + " | ".join(
                fmt(process_cpu(r, base, e), 3) for e in names) + " |")
        lines.append("| start-up alone | " + " | ".join(
            f"{v['proc_cpu']:.3f}" if v.get("status") == "ok" else "—" for v in base.values()) + " |")
        lines += ["", f"Median wall/CPU ratio of the {kind} runs (how long a run waited for a core): "
                  + fmt(wait_factor(results[key])), ""]
    return "\n".join(lines) + "\n"


def wait_factor(section):
    qs = [v["wall"] / v["proc_cpu"] for r in section.values() for v in r.values()
          if v.get("status") == "ok" and v["proc_cpu"] > 0]
    return statistics.median(qs) if qs else None


# ---------------------------------------------------------------------------------------------
# Main


def selected(args, name):
    return not args.only or any(s in name for s in args.only.split(","))


def machine_info(args):
    def version(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True).stdout.strip()
        except OSError:
            return None
    cpu = ""
    with open("/proc/cpuinfo") as f:
        m = re.search(r"^model name\s*:\s*(.*)$", f.read(), re.M)
        cpu = m.group(1) if m else ""
    uv = version([args.cpython, "-c", "import uvloop; print(uvloop.__version__)"])
    return {"date": datetime.datetime.now().isoformat(timespec="seconds"),
            "host": platform.node(), "cpu": cpu, "cores": os.cpu_count(),
            "cpython": args.cpython,
            "cpython_version": version([args.cpython, "-c", "import sys; print(sys.version)"]),
            "uvloop_version": uv or None, "awaitlab": os.path.abspath(args.awaitlab),
            "awaitlab_mtime": datetime.datetime.fromtimestamp(
                os.path.getmtime(args.awaitlab)).isoformat(timespec="seconds")}


def default_awaitlab():
    """The binary `./awaitlab build` makes, else the bench helper's own build directory."""
    for folder in ("build", "build-bench"):
        path = os.path.join(ROOT, folder, "app", "awaitlab")
        if os.access(path, os.X_OK):
            return path
    return os.path.join(ROOT, "build", "app", "awaitlab")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--runs", type=int, default=5, help="runs per engine (median reported)")
    p.add_argument("--quick", action="store_true",
                   help="smoke run: scale 0.05, one run, results-quick.json")
    p.add_argument("--scale", type=float, default=None, help="work multiplier (default 1.0)")
    p.add_argument("--only", default="", help="comma-separated substrings of benchmark names")
    p.add_argument("--awaitlab", default=default_awaitlab(),
                   help="the binary (default: build/app/awaitlab, else build-bench/app/awaitlab)")
    p.add_argument("--cpython", default="/usr/bin/python3.11",
                   help="CPython 3.11 used for asyncio and uvloop (default: Debian's, has uvloop)")
    p.add_argument("--no-uvloop", dest="uvloop", action="store_false")
    p.add_argument("--no-watchdog", action="store_true",
                   help="pass --watchdog-instructions 0 to awaitlab")
    p.add_argument("--callgrind", action="store_true",
                   help="also count instructions with valgrind --tool=callgrind")
    p.add_argument("--callgrind-scale", type=float, default=0.1)
    p.add_argument("--timeout", type=float, default=600.0, help="seconds per process")
    p.add_argument("--json", default=None, help="output file (default bench/results.json)")
    args = p.parse_args()
    if args.quick:
        args.runs = 1
        args.scale = 0.05 if args.scale is None else args.scale
        args.callgrind_scale = min(args.callgrind_scale, 0.02)
    scale = 1.0 if args.scale is None else args.scale
    json_path = args.json or os.path.join(BENCH, "results-quick.json" if args.quick else "results.json")
    if not os.access(args.awaitlab, os.X_OK):
        sys.exit(f"awaitlab binary not found: {args.awaitlab} (build it, or pass --awaitlab)")
    if args.uvloop and subprocess.run([args.cpython, "-c", "import uvloop"],
                                      capture_output=True).returncode != 0:
        print(f"note: {args.cpython} has no uvloop; skipping uvloop", file=sys.stderr)
        args.uvloop = False

    loads = [load_now()]
    done = [0]

    def progress():
        done[0] += 1
        loads.append(load_now())
        print(".", end="", file=sys.stderr, flush=True)

    results = {"machine": machine_info(args), "scale": scale, "runs": args.runs,
               "measure": "median in-script process CPU time (time.process_time)",
               "startup": {}, "plain": {}, "asyncio": {}, "memory": {}}
    for kind, names, key in (("python", PLAIN, "plain"), ("asyncio", ASYNC, "asyncio")):
        if not any(selected(args, n) for n in names):
            continue
        results["startup"][kind] = time_benchmark(args, kind, "_startup", scale, progress)
        for name in names:
            if selected(args, name):
                print(f"\n{name} ", end="", file=sys.stderr, flush=True)
                r = time_benchmark(args, kind, name, scale, progress)
                check_checksums(r)
                results[key][name] = r
    for kind, name, count in MEMORY:
        if selected(args, name):
            print(f"\n{name} ", end="", file=sys.stderr, flush=True)
            results["memory"][name] = memory_benchmark(args, kind, name,
                                                       max(100, round(count * min(1.0, scale * 10))))
    if args.callgrind:
        if shutil.which("valgrind"):
            print("\ncallgrind ", end="", file=sys.stderr, flush=True)
            results["callgrind"] = callgrind_benchmarks(args, progress)
            results["callgrind_scale"] = args.callgrind_scale
        else:
            print("note: valgrind not found; skipping --callgrind", file=sys.stderr)
    print(file=sys.stderr)
    results["load"] = {"min": min(loads), "max": max(loads), "median": statistics.median(loads),
                       "note": "1-minute load average sampled after every run; 2 cores"}
    with open(json_path, "w") as f:
        json.dump(results, f, indent=1)
        f.write("\n")

    m = results["machine"]
    print(f"awaitlab benchmarks, {m['date']}, {m['cpu']} ({m['cores']} cores), "
          f"load {results['load']['min']:.1f}–{results['load']['max']:.1f}")
    print(f"CPython: {m['cpython']} {m['cpython_version'].split()[0]}; uvloop {m['uvloop_version']}; "
          f"scale {scale}, {args.runs} runs, median\n")
    print(tables(results))
    print(process_table(results))
    errors = [(k, n, e, v["error"]) for k in ("plain", "asyncio", "memory")
              for n, r in results[k].items() for e, v in r.items() if "error" in v]
    for k, n, e, msg in errors:
        print(f"{n} [{e}]: {msg}")
    print(f"results written to {os.path.relpath(json_path)}")


if __name__ == "__main__":
    main()
