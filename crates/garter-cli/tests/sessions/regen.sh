#!/bin/sh
# Writes NAME.stdout and NAME.stderr beside each NAME.in here: what
# `python3 -i -q` (CPython 3.11, the oracle) prints when NAME.in is typed
# into its interactive prompt through a pipe.
set -u
cd "$(dirname "$0")" || exit 1
for case in *.in; do
    name="${case%.in}"
    python3 -i -q <"$case" >"$name.stdout" 2>"$name.stderr"
done
