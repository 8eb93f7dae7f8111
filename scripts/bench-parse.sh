#!/usr/bin/env bash
# Times parsing CPython's whole standard library (site-packages excluded):
# `garter --parse-only FILES...` against CPython's own executable run with
# -S on a small program that reads each file (as bytes) and `ast.parse`s it.
# Both get the same file list: the files CPython parses. Several rounds,
# alternating which goes first; each round prints wall-clock and CPU
# (user+sys) seconds for both and the speedup (CPython time / garter time,
# above 1 means garter is faster), and the end prints the medians.
#
# Usage: scripts/bench-parse.sh [--garter PATH] [--rounds N] [--stdlib DIR]
#   --garter  the garter binary (default: the release build)
#   --rounds  how many timed rounds (default 5)
#   --stdlib  the folder to parse (default: python3's stdlib)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
garter=$(python3 "$root/scripts/garter_binary.py" release)
rounds=5
stdlib=""

while [[ $# -gt 0 ]]; do
    case "$1" in
        --garter) garter="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        --stdlib) stdlib="$2"; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [[ ! -x "$garter" ]]; then
    echo "no garter binary at $garter (build it: cargo build --release -p garter-cli)" >&2
    exit 2
fi
python=$(python3 -c 'import sys; print(sys.executable)')
if [[ -z "$stdlib" ]]; then
    stdlib=$("$python" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The files CPython parses, one per line; reading them all also warms the
# page cache before the first timed round.
"$python" -S - "$stdlib" >"$work/files.txt" <<'PY'
import ast, pathlib, sys, warnings

warnings.simplefilter("ignore")
root = pathlib.Path(sys.argv[1])
for source in sorted(p for p in root.rglob("*.py")
                     if "site-packages" not in p.relative_to(root).parts):
    try:
        ast.parse(source.read_bytes())
    except Exception:
        continue
    print(source)
PY
mapfile -t files <"$work/files.txt"
bytes=$(cat "${files[@]}" | wc -c)
echo "parsing ${#files[@]} files ($((bytes / 1024)) KiB) from $stdlib, $rounds rounds"
echo "CPython: $python -S ($("$python" -c 'import sys; print(sys.version.split()[0])'))"

cat >"$work/cpython_parse.py" <<'PY'
import ast, sys

for path in sys.argv[1:]:
    with open(path, "rb") as source:
        ast.parse(source.read())
PY

# Runs a command with its output discarded; prints "WALL CPU" in seconds.
time_command() {
    local TIMEFORMAT='%R %U %S'
    local timing
    timing=$({ time "$@" >/dev/null 2>&1 || true; } 2>&1)
    awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' <<<"$timing"
}

run_garter() { time_command "$garter" --parse-only "${files[@]}"; }
run_cpython() { time_command "$python" -S "$work/cpython_parse.py" "${files[@]}"; }

if ! "$garter" --parse-only "${files[@]}" >/dev/null 2>"$work/garter.err"; then
    echo "note: garter reports syntax errors on $(grep -cE '^[A-Za-z]*Error: ' "$work/garter.err" || true) files; times still cover all files"
fi

printf '%-7s %12s %12s %12s %12s %10s %10s\n' round garter-wall cpython-wall garter-cpu cpython-cpu speedup speedup-cpu
: >"$work/results"
for ((round = 1; round <= rounds; round++)); do
    if ((round % 2)); then
        read -r garter_wall garter_cpu < <(run_garter)
        read -r cpython_wall cpython_cpu < <(run_cpython)
    else
        read -r cpython_wall cpython_cpu < <(run_cpython)
        read -r garter_wall garter_cpu < <(run_garter)
    fi
    echo "$garter_wall $cpython_wall $garter_cpu $cpython_cpu" >>"$work/results"
    awk -v r="$round" '{ printf "%-7s %11.3fs %11.3fs %11.3fs %11.3fs %9.2fx %9.2fx\n",
        r, $1, $2, $3, $4, $2 / ($1 > 0 ? $1 : 0.001), $4 / ($3 > 0 ? $3 : 0.001) }' <<<"$garter_wall $cpython_wall $garter_cpu $cpython_cpu"
done

"$python" -S - "$work/results" <<'PY'
import statistics, sys

rows = [list(map(float, line.split())) for line in open(sys.argv[1])]
garter_wall, cpython_wall, garter_cpu, cpython_cpu = (
    statistics.median(column) for column in zip(*rows))
print(f"{'median':<7} {garter_wall:11.3f}s {cpython_wall:11.3f}s {garter_cpu:11.3f}s"
      f" {cpython_cpu:11.3f}s {cpython_wall / max(garter_wall, 1e-3):9.2f}x"
      f" {cpython_cpu / max(garter_cpu, 1e-3):9.2f}x")
PY
