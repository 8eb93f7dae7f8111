#!/usr/bin/env python3
"""Time garter against CPython on the benchmark programs in bench/.

Every bench/NAME.py is run with garter (`--garter PATH`, default
the release build, see garter_binary.py) and with CPython's real executable run with -S
(the one `python3 -c 'import sys; print(sys.executable)'` reports),
alternating the two, `--runs N` times each (default 3). The minimum wall
time of each is kept. The two stdouts must be identical: a garter run that
fails (non-zero exit, timeout, missing binary) or prints something else is
reported as such instead of a ratio.

Prints one row per benchmark (garter seconds, python seconds, ratio
garter/python), then the geometric mean of the ratios over the benchmarks
where garter succeeded, and the number of failures.

Usage: scripts/bench.py [--garter PATH] [--runs N] [--timeout S] [FILTER ...]
A FILTER keeps only benchmarks whose name contains it.
"""
import argparse
import math
import os
import subprocess
import sys
import time

from garter_binary import binary, real_python

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, "bench")



def run_once(command, cwd, timeout):
    """Run a command; return (seconds, stdout bytes, failure text or None)."""
    start = time.perf_counter()
    try:
        done = subprocess.run(
            command,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
        )
    except FileNotFoundError:
        return None, b"", "not found: " + command[0]
    except PermissionError:
        return None, b"", "not executable: " + command[0]
    except subprocess.TimeoutExpired:
        return None, b"", "timeout after %gs" % timeout
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        last = lines[-1] if lines else ""
        return elapsed, done.stdout, "exit %d %s" % (done.returncode, last[:60])
    return elapsed, done.stdout, None


def bench_one(path, garter, python, runs, timeout):
    """Time one benchmark; return (garter_s, python_s, problem or None)."""
    name = os.path.basename(path)
    garter_best = python_best = None
    garter_out = python_out = None
    problem = None
    for _ in range(runs):
        if problem is None:
            secs, out, failure = run_once([garter, name], BENCH_DIR, timeout)
            if failure is not None:
                problem = "garter failed: " + failure
            else:
                garter_out = out
                garter_best = secs if garter_best is None else min(garter_best, secs)
        secs, out, failure = run_once([python, "-S", name], BENCH_DIR, timeout)
        if failure is not None:
            return garter_best, None, "python failed: " + failure
        python_out = out
        python_best = secs if python_best is None else min(python_best, secs)
    if problem is None and garter_out != python_out:
        problem = "output mismatch"
    return garter_best, python_best, problem


def fmt_secs(value):
    return "-" if value is None else "%.3f" % value


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--garter", default=binary("release"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("filters", nargs="*")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    garter = os.path.abspath(args.garter)
    python = real_python()

    names = sorted(n for n in os.listdir(BENCH_DIR) if n.endswith(".py"))
    if args.filters:
        names = [n for n in names if any(f in n[:-3] for f in args.filters)]
    if not names:
        print("no benchmark matches")
        return 1

    width = max(len("benchmark"), max(len(n[:-3]) for n in names))
    print("%-*s  %9s  %9s  %s" % (width, "benchmark", "garter s", "python s", "garter/python"))
    ratios = []
    failures = 0
    for name in names:
        garter_s, python_s, problem = bench_one(
            os.path.join(BENCH_DIR, name), garter, python, args.runs, args.timeout
        )
        if problem is None:
            ratio = garter_s / python_s if python_s > 0 else float("inf")
            ratios.append(ratio)
            verdict = "%.2f" % ratio
        else:
            failures += 1
            verdict = "FAILED (%s)" % problem
        print(
            "%-*s  %9s  %9s  %s" % (width, name[:-3], fmt_secs(garter_s), fmt_secs(python_s), verdict),
            flush=True,
        )
    if ratios:
        geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("geometric mean garter/python over %d benchmarks: %.2f" % (len(ratios), geomean))
    else:
        print("geometric mean garter/python: none (garter succeeded on no benchmark)")
    print("failures: %d of %d" % (failures, len(names)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
