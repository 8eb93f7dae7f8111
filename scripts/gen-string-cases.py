#!/usr/bin/env python3
"""Writes string literal test cases taken from Python files, for the
ignored test `literal::strings::tests::agrees_with_cpython_on_files`:

    python3 scripts/gen-string-cases.py OUT FILE_OR_DIR...
    GARTER_STRING_CASES=OUT cargo test -p garter-syntax --lib -- --ignored

Each line of OUT is `<hex of the token text> <hex of repr(value)>` for
every non-f string token CPython's tokenizer finds.
"""

import ast
import io
import os
import sys
import tokenize


def python_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, _, names in os.walk(path):
                for name in sorted(names):
                    if name.endswith(".py"):
                        yield os.path.join(root, name)
        else:
            yield path


def main():
    out_path, *paths = sys.argv[1:]
    count = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for path in python_files(paths):
            try:
                with open(path, encoding="utf-8") as source:
                    text = source.read()
                tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
            except (SyntaxError, UnicodeDecodeError, tokenize.TokenError):
                continue
            for token in tokens:
                if token.type != tokenize.STRING:
                    continue
                prefix = token.string[: token.string.find(token.string[-1])].lower()
                if "f" in prefix:
                    continue
                try:
                    value = ast.literal_eval(token.string)
                except (SyntaxError, ValueError):
                    continue
                token_hex = token.string.encode("utf-8", "surrogatepass").hex()
                repr_hex = repr(value).encode("utf-8", "surrogatepass").hex()
                out.write(f"{token_hex} {repr_hex}\n")
                count += 1
    print(f"{count} cases", file=sys.stderr)


if __name__ == "__main__":
    main()
