#!/usr/bin/env python3
"""Run some conformance programs through garter and report which differ.

The quick loop while working on one area; `cargo test` runs the full
harness (crates/garter-cli/tests/conformance.rs) with the same rules:
each tests/<area>/NAME.py runs in its own folder with stdin closed, and
its stdout must equal NAME.exp; when NAME.exit exists, the exit status
and the last line of stderr must equal its two lines.

Usage: scripts/check-programs.py [--garter PATH] [-v] PATH...
  PATH     programs or folders (folders are walked; helper_*.py skipped)
  --garter the binary (default: the debug build, see garter_binary.py)
  -v       print a diff of stdout for each failing program
"""
import difflib
import os
import subprocess
import sys

from garter_binary import binary

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def programs(paths):
    for path in paths:
        if os.path.isfile(path):
            yield os.path.abspath(path)
            continue
        for folder, _, files in sorted(os.walk(path)):
            for name in sorted(files):
                if name.endswith(".py") and not name.startswith("helper_"):
                    yield os.path.abspath(os.path.join(folder, name))


def check(garter, program, verbose):
    base = program[:-3]
    if not os.path.exists(base + ".exp"):
        return True
    with open(base + ".exp", encoding="utf-8", errors="surrogateescape") as f:
        expected = f.read()
    try:
        run = subprocess.run(
            [garter, os.path.basename(program)],
            cwd=os.path.dirname(program),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        print(f"TIMEOUT {program}")
        return False
    out = run.stdout.decode("utf-8", "surrogateescape")
    ok = out == expected
    if os.path.exists(base + ".exit"):
        with open(base + ".exit", encoding="utf-8") as f:
            status, last = (f.read().split("\n") + [""])[:2]
        err_lines = run.stderr.decode("utf-8", "replace").rstrip("\n").split("\n")
        ok = ok and str(run.returncode) == status and err_lines[-1] == last
    elif run.returncode != 0:
        ok = False
    if not ok:
        print(f"FAIL {os.path.relpath(program, ROOT)} (exit {run.returncode})")
        if verbose:
            sys.stdout.writelines(
                difflib.unified_diff(
                    expected.splitlines(True), out.splitlines(True), "expected", "garter"
                )
            )
            print(run.stderr.decode("utf-8", "replace")[-2000:])
    return ok


def main():
    args = sys.argv[1:]
    garter = binary("debug")
    verbose = False
    paths = []
    while args:
        arg = args.pop(0)
        if arg == "--garter" and args:
            garter = os.path.abspath(args.pop(0))
        elif arg == "-v":
            verbose = True
        else:
            paths.append(arg)
    if not paths:
        sys.exit(__doc__)
    results = [check(garter, p, verbose) for p in programs(paths)]
    print(f"{results.count(True)} passed, {results.count(False)} failed")
    sys.exit(0 if all(results) else 1)


main()
