#!/usr/bin/env python3
"""Compares garter's syntax errors with CPython 3.11's on many snippets.

Snippets come from files named on the command line (each file is one
snippet), from the doctest examples of a Python file (`--doctests FILE`,
e.g. CPython's own test/test_syntax.py, read at run time), or from
standard-library files with one random edit each (`--mutate N`, the edit
made by `mutate_once` of scripts/fuzz-mutate.py).

For each snippet, CPython's `compile()` decides whether it is rejected; a
rejected snippet is then run with python3 (safe, since it cannot compile)
for the text it prints, and `garter --parse-only` is run on the same file.
Both stderr texts are read the same way: the last line gives the class and
message, the `File ..., line N` line and the caret line the position (line
and first caret column, i.e. the offset as printed). Three agreements are
counted over the snippets either side rejects:

    message   same class and message
    position  same class, message, line and offset
    stderr    the whole stderr, byte for byte

and the differences are listed, most common message pairs first.

    scripts/compare-syntax-errors.py --doctests \\
        /root/.pyenv/versions/3.11.7/lib/python3.11/test/test_syntax.py
    scripts/compare-syntax-errors.py --mutate 1700 --seed 1
    scripts/compare-syntax-errors.py tests/syntax_errors/*.py
"""

import argparse
import ast
import collections
import doctest
import importlib.util
import io
import os
import random
import re
import subprocess
import sys
import tempfile
import tokenize

from garter_binary import binary

SCRIPTS = os.path.dirname(os.path.abspath(__file__))


def fuzz_module():
    """scripts/fuzz-mutate.py, imported for its mutation and file list."""
    spec = importlib.util.spec_from_file_location(
        "fuzz_mutate", os.path.join(SCRIPTS, "fuzz-mutate.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def doctest_snippets(path):
    """The source of every doctest example in the docstrings of `path`."""
    with open(path, "rb") as f:
        tree = ast.parse(f.read())
    parser = doctest.DocTestParser()
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)):
            continue
        text = ast.get_docstring(node, clean=False)
        if not text:
            continue
        for example in parser.get_examples(text):
            yield f"{path} example {example.source[:40]!r}", example.source.encode()


def mutated_snippets(count, seed):
    fuzz = fuzz_module()
    rng = random.Random(seed)
    sources = sorted(fuzz.stdlib_files())
    for i in range(count):
        path = rng.choice(sources)
        with open(path, "rb") as f:
            yield f"mutant {i} of {path}", fuzz.mutate_once(f.read(), rng)


def file_snippets(paths):
    for path in paths:
        with open(path, "rb") as f:
            yield path, f.read()


def rejected_by_cpython(source, path):
    """Whether running `path` (holding `source`) fails to compile. That is
    compile()'s verdict, except that a file whose bytes do not decode is
    rejected when run even where compile() accepts them (in a comment)."""
    try:
        compile(source, path, "exec")
    except Exception:  # SyntaxError, ValueError, RecursionError, MemoryError
        return True
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(source).readline)
        source.decode(encoding)
    except (SyntaxError, UnicodeDecodeError, LookupError):
        return True
    return False


def read_report(stderr):
    """(class, message, line, offset) from a printed syntax error; the
    message fields are None when the text is not one."""
    lines = stderr.decode("utf-8", "replace").rstrip("\n").split("\n")
    last = lines[-1]
    kind, _, msg = last.partition(": ")
    if not re.fullmatch(r"[A-Za-z]+Error", kind):
        return ("?", last[:120], None, None)
    lineno = offset = None
    for i, line in enumerate(lines):
        found = re.match(r'  File ".*", line (\d+)$', line)
        if found:
            lineno = int(found.group(1))
            caret = lines[i + 2] if i + 2 < len(lines) else ""
            if re.fullmatch(r" *\^+", caret):
                offset = len(caret) - len(caret.lstrip(" ")) - 4
    return (kind, msg, lineno, offset)


def run(command, path):
    try:
        proc = subprocess.run(command + [path], capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return 1, b"Timeout: timed out\n"
    if proc.returncode not in (0, 1):
        return 1, proc.stderr + f"\nCrash: exit status {proc.returncode}\n".encode()
    return proc.returncode, proc.stderr


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="snippet files")
    parser.add_argument("--doctests", metavar="FILE", action="append", default=[])
    parser.add_argument("--mutate", metavar="N", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--garter", default=binary("release"))
    parser.add_argument("--show", type=int, default=40,
                        help="how many differing message pairs to list")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit("python3 must be CPython 3.11, the oracle")

    snippets = list(file_snippets(args.files))
    for path in args.doctests:
        snippets.extend(doctest_snippets(path))
    snippets.extend(mutated_snippets(args.mutate, args.seed))

    counts = collections.Counter()
    differences = collections.defaultdict(list)
    position_differences = collections.defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "snippet.py")
        for name, source in snippets:
            with open(path, "wb") as f:
                f.write(source)
            counts["snippets"] += 1
            cpython_rejects = rejected_by_cpython(source, path)
            if cpython_rejects:
                _, want = run([sys.executable], path)
            else:
                want = b"OK\n"
            status, got = run([args.garter, "--parse-only"], path)
            if status == 0:
                got = b"OK\n"
            if not cpython_rejects and status == 0:
                continue
            counts["rejected"] += 1
            want_report, got_report = read_report(want), read_report(got)
            if want_report[:2] == got_report[:2]:
                counts["message"] += 1
            if want_report == got_report:
                counts["position"] += 1
            if want == got:
                counts["stderr"] += 1
            if want_report[:2] != got_report[:2]:
                key = (": ".join(want_report[:2]), ": ".join(got_report[:2]))
                differences[key].append(name)
            elif want_report != got_report:
                key = (": ".join(want_report[:2]), "")
                position_differences[key].append(
                    f"{name}: want {want_report[2:]}, got {got_report[2:]}")

    for title, table in (("message", differences), ("position", position_differences)):
        print(f"differences in {title}:")
        for (want, got), names in sorted(table.items(), key=lambda kv: -len(kv[1]))[:args.show]:
            print(f"{len(names):5}  want {want}")
            if got:
                print(f"       got  {got}")
            print(f"       e.g. {names[0]}")
    total = counts["rejected"]
    print(f"{counts['snippets']} snippets, {total} rejected by CPython or garter")
    for level in ("message", "position", "stderr"):
        share = 100.0 * counts[level] / total if total else 100.0
        print(f"  {level:9} agree: {counts[level]:5} of {total} ({share:.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
