#!/usr/bin/env python3
"""Regenerate the expected output of conformance programs from CPython.

For every tests/<area>/NAME.py outside the front-end corpora (tests/ast,
tests/syntax_errors), run `python3 NAME.py` in the program's folder with
stdin from /dev/null, as the conformance harness runs garter, and write
(files named helper_*.py are modules the programs import, not programs):

  NAME.exp   python3's stdout, always;
  NAME.exit  only when python3 exits non-zero: the exit status on the first
             line and the last line of stderr on the second (for a traceback,
             "ZeroDivisionError: division by zero"). A stale NAME.exit is
             removed when the program now exits with status 0.

Usage: scripts/regen-expected.py [PATH ...]   (files or folders; default tests/)
Never edit a .exp or .exit by hand: they are CPython's output.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKIP = {"ast", "syntax_errors"}


def programs(paths):
    for path in paths:
        if os.path.isfile(path):
            yield os.path.abspath(path)
            continue
        for folder, dirs, files in os.walk(path):
            rel = os.path.relpath(folder, os.path.join(ROOT, "tests"))
            if rel.split(os.sep)[0] in SKIP:
                dirs[:] = []
                continue
            dirs.sort()
            for name in sorted(files):
                if name.endswith(".py") and not name.startswith("helper_"):
                    yield os.path.join(folder, name)


def regen(py):
    folder, name = os.path.split(py)
    stem = py[:-3]
    run = subprocess.run(
        [sys.executable, name],
        cwd=folder,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=30,
    )
    with open(stem + ".exp", "wb") as out:
        out.write(run.stdout)
    exit_file = stem + ".exit"
    if run.returncode != 0:
        lines = run.stderr.decode("utf-8", "replace").rstrip("\n").split("\n")
        with open(exit_file, "w") as out:
            out.write(f"{run.returncode}\n{lines[-1]}\n")
    elif os.path.exists(exit_file):
        os.remove(exit_file)


def main():
    paths = sys.argv[1:] or [os.path.join(ROOT, "tests")]
    count = 0
    for py in programs(paths):
        regen(py)
        count += 1
    print(f"regenerated {count} expected outputs")


if __name__ == "__main__":
    main()
