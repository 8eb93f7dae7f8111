#!/usr/bin/env python3
"""Writes crates/garter-runtime/src/format/testdata/percent_cases.txt:
'%'-format results from python3 for one value per format string.

Each line: kind TAB format TAB star-args TAB value TAB result, with
backslash, tab and newline escaped (\\\\, \\t, \\n). star-args are the
comma-separated ints for '*' (may be empty). Floats are written as IEEE
bits in hex. A failure is "!" then "Class: message".
"""
import random
import struct

random.seed(1311)


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def spec(conversions):
    flags = "".join(random.sample("-+ #0", random.randint(0, 3)))
    width = random.choice(["", "", "1", "5", "8", "12", "*"])
    precision = random.choice(["", "", "", ".", ".0", ".1", ".3", ".8", ".*"])
    length = random.choice(["", "", "", "", "l", "h"])
    return "%" + flags + width + precision + length + random.choice(conversions)


lines = []
INTS = [0, 1, -1, 7, -7, 255, -255, 65, 1234567, -(2 ** 70), 10 ** 25, 8]
FLOATS = [0.0, -0.0, 1.5, -1.5, 0.1, 3.14159, -3.14159, 12345.678, 1e-5, 1e16, 1e300,
          5e-324, 2.5, 0.5, float("inf"), float("-inf"), float("nan"), 99.5, 1e22]
STRS = ["", "a", "ab", "héllo wörld", "日本語テキスト"]
FIXED = ["%#x", "%#08x", "%#8x", "%+.3e", "%05d", "%-6s|", "%.2s", "[%5c]", "%.3d", "%#.3o",
         "%#X", "% d", "%+ d", "%#.0f", "%#g", "%g", "%.0e", "%010.3f", "%05x", "%#05x",
         "%#-8x|", "%+x", "%#o", "%.0d", "%05.1f%%", "%-+8.2f|", "%F", "%E", "%+g", "%05f",
         "%-05d|", "%*d", "%.*f", "%*.*f|", "%ld", "%.d", "%i", "%u", "x=%d!", "%.*s", "%-*s|"]
for kind, values, conversions in (("int", INTS, "diuoxX"), ("float", FLOATS, "eEfFgG"),
                                  ("str", STRS, "s"), ("char", [65, 0x263A, 0x1F600], "c")):
    for value in values:
        for fmt in FIXED + [spec(conversions) for _ in range(40)]:
            stars = [random.choice([-6, 0, 3, 9]) for _ in range(fmt.count("*"))]
            conv = fmt.rstrip("|!]")[-1]
            if conv not in conversions:
                continue
            shown = bits(value) if kind == "float" else str(value)
            actual = chr(value) if kind == "char" else value
            try:
                result = fmt % tuple(stars + [actual])
            except Exception as e:  # noqa: BLE001 - the oracle's error is the data
                result = "!%s: %s" % (type(e).__name__, e)
            lines.append("\t".join((kind, esc(fmt), ",".join(map(str, stars)), esc(shown), esc(result))))
print("\n".join(lines))
