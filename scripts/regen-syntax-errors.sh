#!/usr/bin/env bash
# Regenerates the expected results of the syntax-error corpus in
# tests/syntax_errors/ from CPython 3.11 (`python3`, the oracle):
#   NAME.err    what compile() raises for NAME.py's bytes: class, message,
#               lineno, offset, end_lineno, end_offset, one per line
#   NAME.stderr what `python3 NAME.py` prints on stderr, run from that
#               folder, with the folder's absolute path removed so the file
#               shows as NAME.py (the test harness does the same to
#               garter's output)
# A file CPython cannot decode is the exception: compile() on bytes words
# that error differently from running the file, and garter runs files, so
# its NAME.err holds the message of the run (without "in file NAME.py")
# and no position (the run prints none).
# Usage: scripts/regen-syntax-errors.sh   (from anywhere in the repo)
set -euo pipefail

cd "$(dirname "$0")/../tests/syntax_errors"
python3 - <<'PY'
import os
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("python3 must be CPython 3.11, the oracle")

folder = os.getcwd()
for name in sorted(os.listdir(".")):
    if not name.endswith(".py"):
        continue
    stem = name[:-3]
    with open(name, "rb") as f:
        source = f.read()
    try:
        compile(source, name, "exec")
        fields = ["OK"]
    except SyntaxError as err:
        fields = [type(err).__name__, err.msg, err.lineno, err.offset,
                  err.end_lineno, err.end_offset]
    except (RecursionError, MemoryError) as err:
        fields = [type(err).__name__, str(err), None, None, None, None]
    run = subprocess.run([sys.executable, name], capture_output=True)
    stderr = run.stderr.replace(folder.encode() + b"/", b"")
    last = stderr.decode("utf-8", "replace").rstrip("\n").split("\n")[-1]
    if last.startswith("SyntaxError: Non-UTF-8 code"):
        msg = last.removeprefix("SyntaxError: ").replace(f" in file {name}", "")
        fields = ["SyntaxError", msg, None, None, None, None]
    with open(stem + ".err", "w", encoding="utf-8") as f:
        f.write("".join(f"{field}\n" for field in fields))
    with open(stem + ".stderr", "wb") as f:
        f.write(stderr)
PY
