#!/usr/bin/env python3
"""Time the start-up of `garter -c pass` against CPython's `-S -c pass`.

Both run side by side, alternating, `--runs N` times each (default 300),
started with posix_spawn and reaped with waitpid, so the launcher adds
as little as it can to either. CPython is its real executable (the one
`python3 -c 'import sys; print(sys.executable)'` reports), with -S so
that site packages do not count. Prints the median and minimum wall time
of each in milliseconds and the ratio of the medians python/garter (how
many times faster garter starts).

garter is timed from a copy in a temporary folder, as `cargo install`
copies it: the linker writes its output through a memory map, and the
kernel then maps that file's pages into each new process more slowly
(a sixth more start-up time here) than those of a file written with
write(), as installed binaries and python3 are.

Usage: scripts/bench-startup.py [--garter PATH] [--runs N]
"""
import argparse
import os
import shutil
import statistics
import tempfile
import time

from garter_binary import binary, real_python



def run_once(argv, devnull):
    """Wall seconds of one run of argv, its output thrown away."""
    actions = [
        (os.POSIX_SPAWN_DUP2, devnull, 0),
        (os.POSIX_SPAWN_DUP2, devnull, 1),
        (os.POSIX_SPAWN_DUP2, devnull, 2),
    ]
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
    _, status = os.waitpid(pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("%s failed with status %d" % (argv[0], status))
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--garter", default=None, help="the garter binary")
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    built = os.path.abspath(args.garter or binary("release"))
    with tempfile.TemporaryDirectory() as folder:
        garter = os.path.join(folder, "garter")
        shutil.copy2(built, garter)
        measure(garter, args.runs)


def measure(garter, runs):
    """Times both commands `runs` times each, alternating; prints the figures."""
    commands = {
        "garter": [garter, "-c", "pass"],
        "python": [real_python(), "-S", "-c", "pass"],
    }
    times = {name: [] for name in commands}
    with open(os.devnull, "rb+") as null:
        for name, argv in commands.items():
            run_once(argv, null.fileno())
        for _ in range(runs):
            for name, argv in commands.items():
                times[name].append(run_once(argv, null.fileno()))
    for name, values in times.items():
        print(
            "%-7s median %.3f ms   min %.3f ms"
            % (name, statistics.median(values) * 1000, min(values) * 1000)
        )
    ratio = statistics.median(times["python"]) / statistics.median(times["garter"])
    print("garter starts %.2f times faster than python -S (medians)" % ratio)


if __name__ == "__main__":
    main()
