#!/usr/bin/env bash
# Compares `garter --dump-ast` with CPython's `ast.dump(ast.parse(...))` on
# every .py file of CPython's standard library (site-packages excluded).
# Only files CPython itself parses count. Prints "N of M files agree (P%)"
# and writes the disagreeing files, each with where its dump first differs,
# to a report file.
#
# CPython reads each file as bytes (`ast.parse(bytes)`), as it does a script
# it runs, so a BOM or a PEP 263 coding line is honoured; garter is given
# the same file. All CPython dumps are made in one python3 process; garter
# runs once per file.
#
# Usage: scripts/compare-stdlib-ast.sh [--garter PATH] [--out FILE]
#                                      [--stdlib DIR] [--timeout SECONDS]
#   --garter   the garter binary (default: the release build)
#   --out      where to list disagreeing files
#              (default target/stdlib-ast-mismatches.txt)
#   --stdlib   the folder to compare (default: python3's stdlib)
#   --timeout  seconds garter may take on one file (default 10)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
garter=$(python3 "$root/scripts/garter_binary.py" release)
out="$root/target/stdlib-ast-mismatches.txt"
stdlib=""
timeout_seconds=10

while [[ $# -gt 0 ]]; do
    case "$1" in
        --garter) garter="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        --stdlib) stdlib="$2"; shift 2 ;;
        --timeout) timeout_seconds="$2"; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [[ ! -x "$garter" ]]; then
    echo "no garter binary at $garter (build it: cargo build --release -p garter-cli)" >&2
    exit 2
fi
if [[ -z "$stdlib" ]]; then
    stdlib=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/expected" "$work/actual" "$(dirname "$out")"

# 1. CPython: list the files it parses and dump each one.
python3 - "$stdlib" "$work" <<'PY'
import ast, pathlib, sys, warnings

warnings.simplefilter("ignore")
stdlib, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
sources = sorted(p for p in stdlib.rglob("*.py")
                 if "site-packages" not in p.relative_to(stdlib).parts)
parsed, rejected = [], 0
for source in sources:
    try:
        dumped = ast.dump(ast.parse(source.read_bytes()))
    except Exception:  # SyntaxError, ValueError, RecursionError, ...
        rejected += 1
        continue
    (work / "expected" / f"{len(parsed)}.ast").write_text(dumped + "\n", encoding="utf-8")
    parsed.append(str(source))
(work / "files.txt").write_text("".join(path + "\n" for path in parsed), encoding="utf-8")
print(f"CPython parses {len(parsed)} of {len(sources)} files under {stdlib}"
      f" ({rejected} rejected)")
PY

# 2. garter, once per file.
index=0
while IFS= read -r source; do
    status=0
    timeout "$timeout_seconds" "$garter" --dump-ast "$source" \
        >"$work/actual/$index.ast" 2>"$work/actual/$index.err" || status=$?
    echo "$status" >"$work/actual/$index.status"
    index=$((index + 1))
done <"$work/files.txt"

# 3. Compare and report.
python3 - "$work" "$out" "$stdlib" <<'PY'
import pathlib, sys

work, out, stdlib = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
CONTEXT = 50

def excerpt(text, position):
    start, end = max(0, position - CONTEXT), min(len(text), position + CONTEXT)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")

def describe(expected, actual, status, stderr):
    if status == 124:
        return "garter timed out"
    if status not in (0, 1):
        last = stderr.strip().splitlines()[-1:] or [""]
        return f"garter crashed (exit status {status}): {last[0]}"
    if status == 1:
        last = stderr.strip().splitlines()[-1:] or [""]
        return f"garter rejected it: {last[0]}"
    position = next((i for i, (e, a) in enumerate(zip(expected, actual)) if e != a),
                    min(len(expected), len(actual)))
    return (f"first difference at character {position}"
            f" (expected {len(expected)} chars, got {len(actual)})\n"
            f"    expected: {excerpt(expected, position)!r}\n"
            f"    actual:   {excerpt(actual, position)!r}")

sources = (work / "files.txt").read_text(encoding="utf-8").splitlines()
failures = []
for index, source in enumerate(sources):
    expected = (work / "expected" / f"{index}.ast").read_text(encoding="utf-8")
    actual = (work / "actual" / f"{index}.ast").read_bytes().decode("utf-8", "replace")
    status = int((work / "actual" / f"{index}.status").read_text())
    if status == 0 and actual == expected:
        continue
    stderr = (work / "actual" / f"{index}.err").read_bytes().decode("utf-8", "replace")
    shown = source[len(stdlib):].lstrip("/") if source.startswith(stdlib) else source
    failures.append(f"{shown}: {describe(expected, actual, status, stderr)}")

total = len(sources)
agree = total - len(failures)
percent = 100.0 * agree / total if total else 0.0
out.write_text("".join(line + "\n" for line in failures), encoding="utf-8")
print(f"{agree} of {total} files agree ({percent:.2f}%)")
if failures:
    print(f"{len(failures)} disagreeing files listed in {out}")
PY
