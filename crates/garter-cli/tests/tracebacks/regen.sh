#!/bin/sh
# Writes NAME.stderr and NAME.status beside each NAME.py here: what python3
# (CPython 3.11, the oracle) prints on stderr when running it, with this
# folder's absolute path removed, and its exit status.
set -u
cd "$(dirname "$0")" || exit 1
dir="$(pwd)/"
for case in *.py; do
    name="${case%.py}"
    python3 "$case" >/dev/null 2>"$name.stderr.tmp"
    echo $? >"$name.status"
    sed "s|$dir||g" "$name.stderr.tmp" >"$name.stderr"
    rm -f "$name.stderr.tmp"
done
