#!/usr/bin/env python3
"""Writes crates/garter-runtime/src/format/testdata/format_cases.txt:
format(value, spec) results from python3 for random specs over ints,
floats, complex numbers and strs.

Each line: kind TAB value TAB spec TAB result, with backslash, tab and
newline escaped as \\\\, \\t, \\n. A failed call's result is "!" followed by
"ExceptionClass: message". Floats are written as their IEEE bits in hex;
a complex as two such fields joined by ",".
"""
import random
import struct

random.seed(311)


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def result(value, spec):
    try:
        return format(value, spec)
    except Exception as e:  # noqa: BLE001 - the oracle's error is the data
        return "!%s: %s" % (type(e).__name__, e)


def random_spec():
    parts = []
    r = random.random()
    if r < 0.15:
        parts.append(random.choice("<>^="))
    elif r < 0.3:
        parts.append(random.choice("*0x→ ") + random.choice("<>^="))
    if random.random() < 0.3:
        parts.append(random.choice("+- "))
    if random.random() < 0.1:
        parts.append("z")
    if random.random() < 0.2:
        parts.append("#")
    if random.random() < 0.2:
        parts.append("0")
    if random.random() < 0.5:
        parts.append(str(random.choice([0, 1, 5, 8, 12, 20, 30])))
    if random.random() < 0.25:
        parts.append(random.choice([",", "_"]))
    if random.random() < 0.4:
        parts.append("." + str(random.choice([0, 1, 2, 3, 6, 10, 17, 25])))
    if random.random() < 0.8:
        parts.append(random.choice("bcdeEfFgGnosxX%" + "eEfgG%" * 2 + "r"))
    return "".join(parts)


FIXED_SPECS = ["", "d", "x", "#x", "#X", "#o", "#b", ",", "_", "_x", "_b", "010,", "09,",
               "+", " ", "-", "e", ".3e", "E", "f", ".2f", "F", "g", ".3g", "#g", "#.3g",
               "G", "n", "%", ".1%", "z", "z.1f", ".0f", ".0e", "#.0f", "#.0e", "#",
               "s", ".2", ".2s", "<8", ">8", "^8", "=8", "*^9", "→^9", "08", "-08",
               "+08.2f", "c", "=+10", "0=10", "010x", "#010x", "_d", ",.3f", "020,.2f",
               ".17", ".17g", "r", "12.5e", "<5c", "05c", "\u0661\u0660", "\x00", "ab", ",,",
               "__", ",_", "_,", ".", "10.", ".x", "99999999999999999999", ".99999999999999999999",
               "=s", "#c", "+c", ",c", "_c", "zd", "z s", "\U0001f600", ",\x80", "<<<", "d\n",
               "x<05d", "0=5", "^=5", ",.2", "_%", "\U0001f600>7", "0<8", "0^9.3", "_b", "_o",
               "#_x", "020_x", "015_b", ",n", "n", "10n", "#.3", "z.3", "#.5g", "#e", "#%"]

INTS = [0, 1, -1, 7, -7, 42, 65, 255, -255, 1000, 1234567, -1234567, 10**20,
        -(2**70), 0x10FFFF, 0x110000, 2**64 - 1, 123456789012345678901234567890]
FLOATS = [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 2.5, 0.125, 0.375, 99.5, 9.9999,
          123456.789, 1234567.0, 1e16, 1e17, 1e22, 1e-5, 1e-4, 0.0001234, 1e300,
          -1e-300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan"), 3.141592653589793, 2.675,
          -0.0004, 0.5, 1e100]
COMPLEXES = [0j, 1j, -1j, 1 + 2j, -1.5 - 2.25j, complex(0.0, -0.0), complex(-0.0, 1.0),
             complex(1e20, 1e-5), complex(float("inf"), float("nan")), 3.25 + 0j,
             complex(123456.75, -9876.5)]
STRS = ["", "a", "abc", "héllo", "日本語", "spam and eggs"]

lines = []
for kind, values, count in (("int", INTS, 50), ("float", FLOATS, 50),
                            ("complex", COMPLEXES, 40), ("str", STRS, 40)):
    for value in values:
        specs = FIXED_SPECS + [random_spec() for _ in range(count)]
        for spec in specs:
            if kind == "float":
                field = bits(value)
            elif kind == "complex":
                field = bits(value.real) + "," + bits(value.imag)
            else:
                field = str(value)
            lines.append("\t".join((kind, esc(field), esc(spec), esc(result(value, spec)))))
print("\n".join(lines))
