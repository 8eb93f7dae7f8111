#!/usr/bin/env python3
"""Regenerates every `tests/**/NAME.ast` beside its `NAME.py` from CPython.

A `.ast` file holds what `ast.dump(ast.parse(source_bytes))` prints for the
`.py` beside it, with a final newline (so it equals the stdout of
`garter --dump-ast NAME.py`). The source is handed to `ast.parse` as bytes,
as CPython reads a file it runs: a BOM or a PEP 263 coding line is honoured.

This script is the only way `.ast` files are written. It must run under
CPython 3.11, the version Garter matches.

    scripts/regen-ast-expected.py            # every tests/ast/**/*.py
    scripts/regen-ast-expected.py FILE.py... # just these
"""

import ast
import pathlib
import sys
import warnings

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "ast"


def main(argv):
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"need CPython 3.11, this is {sys.version.split()[0]}")
    # Some sources hold deliberate oddities CPython warns about ("invalid
    # decimal literal"); warnings do not change the tree.
    warnings.simplefilter("ignore")
    sources = [pathlib.Path(arg) for arg in argv] or sorted(CORPUS.rglob("*.py"))
    failed = False
    for source in sources:
        try:
            tree = ast.parse(source.read_bytes(), filename=str(source))
        except SyntaxError as err:
            print(f"{source}: CPython does not parse it: {err}", file=sys.stderr)
            failed = True
            continue
        expected = source.with_suffix(".ast")
        expected.write_text(ast.dump(tree) + "\n", encoding="utf-8")
    print(f"wrote {len(sources) - failed} .ast files")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
