#!/usr/bin/env python3
"""Generates crates/garter-runtime/src/text/tables.rs.

Run with the CPython 3.11 whose behaviour Garter matches (Unicode 14.0):

    python3 scripts/gen-str-tables.py

Every table is derived from what python3's `str` methods answer for single
characters, so the Rust side agrees with CPython's own character database:

- class tables are sorted, non-overlapping inclusive code point ranges;
- DECIMAL_ZEROS lists the code points whose decimal value is 0: a decimal
  character's value is its distance from the nearest zero at or below it;
- case tables map one character to one character as runs
  `(first, last, stride, delta)`: every `stride`-th code point from `first`
  to `last` maps to itself plus `delta`; mappings to several characters are
  listed separately as `(code point, string)`.
"""

import os
import sys
import unicodedata

OUTPUT = os.path.join(
    os.path.dirname(os.path.abspath(__file__)),
    "..",
    "crates",
    "garter-runtime",
    "src",
    "text",
    "tables.rs",
)

PER_LINE = 6
ALL = range(sys.maxunicode + 1)


def ranges(predicate):
    found = []
    start = None
    for code in ALL:
        if predicate(code):
            if start is None:
                start = code
        elif start is not None:
            found.append((start, code - 1))
            start = None
    if start is not None:
        found.append((start, sys.maxunicode))
    return found


def case_ignorable(code):
    """Derived from where CPython's lowercasing chooses the final sigma."""
    ch = chr(code)
    if chr(code).islower() or ch.isupper() or is_title(code):
        return ("A\u03a3" + ch).lower()[1] == "\u03c2"
    return ("A" + ch + "\u03a3").lower()[-1] == "\u03c2"


def is_title(code):
    ch = chr(code)
    return ch.istitle() and not ch.isupper()


def is_cased(code):
    ch = chr(code)
    return ch.islower() or ch.isupper() or is_title(code)


CLASSES = [
    ("ALPHA", "`str.isalpha()`", lambda c: chr(c).isalpha()),
    ("DECIMAL", "`str.isdecimal()`", lambda c: chr(c).isdecimal()),
    ("DIGIT", "`str.isdigit()`", lambda c: chr(c).isdigit()),
    ("NUMERIC", "`str.isnumeric()`", lambda c: chr(c).isnumeric()),
    ("SPACE", "`str.isspace()`", lambda c: chr(c).isspace()),
    ("PRINTABLE", "`str.isprintable()`", lambda c: chr(c).isprintable()),
    (
        "IDENTIFIER_START",
        "first character of `str.isidentifier()` (XID_Start and `_`)",
        lambda c: chr(c).isidentifier(),
    ),
    (
        "IDENTIFIER_CONTINUE",
        "later characters of `str.isidentifier()` (XID_Continue)",
        lambda c: ("a" + chr(c)).isidentifier(),
    ),
    ("LOWERCASE", "`str.islower()` of one character", lambda c: chr(c).islower()),
    ("UPPERCASE", "`str.isupper()` of one character", lambda c: chr(c).isupper()),
    ("TITLECASE", "titlecase letters (Lt)", is_title),
    ("CASED", "cased characters (Lowercase, Uppercase, Lt)", is_cased),
    ("CASE_IGNORABLE", "case-ignorable characters", case_ignorable),
]

MAPPINGS = [
    ("LOWER", "`str.lower()`", str.lower),
    ("UPPER", "`str.upper()`", str.upper),
    ("TITLE", "`str.title()` of one character", str.title),
    ("FOLD", "`str.casefold()`", str.casefold),
]


def check_derivations():
    for code in ALL:
        cat = unicodedata.category(chr(code))
        assert is_title(code) == (cat == "Lt"), hex(code)
    for code, digit in decimal_values():
        assert unicodedata.decimal(chr(code)) == digit, hex(code)


def decimal_zeros():
    return [c for c in ALL if chr(c).isdecimal() and unicodedata.decimal(chr(c)) == 0]


def decimal_values():
    zeros = decimal_zeros()
    for code in ALL:
        if chr(code).isdecimal():
            zero = max(z for z in zeros if z <= code)
            yield code, code - zero


def mapping_runs(function):
    singles = []
    multis = []
    for code in ALL:
        mapped = function(chr(code))
        if mapped == chr(code):
            continue
        if len(mapped) == 1:
            singles.append((code, ord(mapped) - code))
        else:
            multis.append((code, mapped))
    mapped_codes = {c for c, _ in singles} | {c for c, _ in multis}
    runs = []
    for code, delta in singles:
        if runs:
            first, last, stride, run_delta = runs[-1]
            if run_delta == delta:
                if last == first and code == first + 2 and first + 1 not in mapped_codes:
                    runs[-1] = (first, code, 2, delta)
                    continue
                if code == last + stride and (stride == 1 or last + 1 not in mapped_codes):
                    runs[-1] = (first, code, stride, delta)
                    continue
        runs.append((code, code, 1, delta))
    for code, delta in singles:
        assert lookup(runs, code) == delta, hex(code)
    return runs, multis


def lookup(runs, code):
    found = None
    for first, last, stride, delta in runs:
        if first <= code <= last and (code - first) % stride == 0:
            assert found is None
            found = delta
    return found


def rust_string(text):
    return '"' + "".join("\\u{%x}" % ord(ch) for ch in text) + '"'


def rows(items):
    lines = []
    for at in range(0, len(items), PER_LINE):
        lines.append("    " + " ".join(items[at : at + PER_LINE]))
    return "\n".join(lines)


def main():
    check_derivations()
    out = [
        "//! Unicode tables generated by `scripts/gen-str-tables.py` from",
        "//! python3 %s (Unicode %s): character classes and case mappings"
        % (sys.version.split()[0], unicodedata.unidata_version),
        "//! behind `str`'s methods. Do not edit: regenerate with",
        "//! `python3 scripts/gen-str-tables.py`.",
        "",
    ]
    for name, meaning, predicate in CLASSES:
        found = ranges(predicate)
        out.append("/// Code points for which %s is true, as inclusive ranges." % meaning)
        out.append("#[rustfmt::skip]")
        out.append("pub(crate) static %s: &[(u32, u32)] = &[" % name)
        out.append(rows(["(0x%x, 0x%x)," % r for r in found]))
        out.append("];")
        out.append("")
    out.append("/// Code points whose decimal value is 0, ascending.")
    out.append("#[rustfmt::skip]")
    out.append("pub(crate) static DECIMAL_ZEROS: &[u32] = &[")
    out.append(rows(["0x%x," % z for z in decimal_zeros()]))
    out.append("];")
    out.append("")
    for name, meaning, function in MAPPINGS:
        runs, multis = mapping_runs(function)
        out.append(
            "/// One-character results of %s as `(first, last, stride, delta)` runs." % meaning
        )
        out.append("#[rustfmt::skip]")
        out.append("pub(crate) static %s_RUNS: &[(u32, u32, u32, i32)] = &[" % name)
        out.append(rows(["(0x%x, 0x%x, %d, %d)," % r for r in runs]))
        out.append("];")
        out.append("")
        out.append("/// Results of %s longer than one character." % meaning)
        out.append("#[rustfmt::skip]")
        out.append("pub(crate) static %s_MULTI: &[(u32, &str)] = &[" % name)
        out.append(rows(["(0x%x, %s)," % (c, rust_string(m)) for c, m in multis]))
        out.append("];")
        out.append("")
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write("\n".join(out).rstrip("\n") + "\n")


if __name__ == "__main__":
    main()
