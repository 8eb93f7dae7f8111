#!/usr/bin/env python3
"""Writes crates/garter-runtime/src/number/testdata/float_cases.txt: float
operations' results from python3.

Each line: operation TAB argument... TAB result. Floats are written as
their IEEE bits in hex ("f:" prefix), ints in decimal, strings escaped
(backslash, tab, newline); a failure is "!" then "Class: message";
"complex" marks a float power whose result is complex.
"""
import math
import random
import struct

random.seed(5)


def fb(x):
    return "f:%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def show(v):
    if isinstance(v, float):
        return fb(v)
    if isinstance(v, complex):
        return "complex"
    if isinstance(v, tuple):
        return ",".join(show(x) for x in v)
    if isinstance(v, int):
        return str(v)
    return esc(v)


def run(f):
    try:
        return show(f())
    except Exception as e:  # noqa: BLE001 - the oracle's error is the data
        return "!%s: %s" % (type(e).__name__, e)


inf, nan = float("inf"), float("nan")
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 2.675, 1e16, 1e22, 1e23,
          123.456, -987.654321, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          -1.7976931348623157e308, inf, -inf, nan, 3.0, -7.0, 1e-300, 1e300, 0.3,
          2.0 ** 52 + 0.5, 4503599627370497.0, 1234567.5, 999.5, 0.05, 150.0]
for _ in range(30):
    FLOATS.append(struct.unpack("<d", struct.pack("<Q", random.getrandbits(64)))[0])
    FLOATS.append(random.uniform(-1000, 1000))

lines = []


def add(op, args, f):
    lines.append("\t".join([op] + [show(a) for a in args] + [run(f)]))


for x in FLOATS:
    add("hex", [x], lambda: x.hex())
    if math.isfinite(x):
        add("fromhex", [x.hex()], lambda: float.fromhex(x.hex()))
    add("ratio", [x], lambda: x.as_integer_ratio())
    add("round_int", [x], lambda: round(x))
    add("to_int", [x], lambda: int(x))
    for nd in (0, 1, 2, 3, -1, -2, -3, 5, 17, -20, 300, -300, 323, 324, -308, -309):
        add("round", [x, nd], lambda: round(x, nd))
DIVISORS = [0.0, -0.0, 1.0, -1.0, 3.0, -3.0, 0.1, inf, -inf, nan, 2.5, 1e-300, 1e300]
POWERS = [0.0, -0.0, 1.0, -1.0, 2.0, 3.0, -2.0, 0.5, -0.5, 1.5, inf, -inf, nan, 1e10, -1e10, 2.0 ** 53 + 2, 1000.0]
for x in FLOATS[:36]:
    for y in DIVISORS:
        add("floordiv", [x, y], lambda: x // y)
        add("mod", [x, y], lambda: x % y)
        add("divmod", [x, y], lambda: divmod(x, y))
    for y in POWERS:
        if -inf < x < 0 and math.isfinite(y) and y != math.floor(y):
            # CPython hands these to complex power.
            lines.append("\t".join(["pow", show(x), show(y), "complex"]))
        else:
            add("pow", [x, y], lambda: x ** y)
for text in ["0x1p1024", "zz", " 0x1.8p1 ", "1.", ".", "0x.p1", "-InFinity", "nan", "+nan",
             "0x1p", "1e5", "0x1p-1075", "0x1.8p-1074", "\u00a01", "1_0", "0x", "+0x1P+2",
             "1p99999999999999999999999", "0.000000000001p-99999999999999999999999",
             "0x0p99999999999999", "-0x0p0", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023",
             "infinit", "iNf", "\t\n0X1P-3\x0b", "0x1.0000000000000800000000000000000000001p0",
             "0x1.00000000000008p0", "0x1.00000000000018p0", "0x3p-1076", "-0x1p-1074",
             "0x" + "0" * 100 + "1p3", "1" + "0" * 300, "0x1p-1022", "0x0.0000000000001p-1022"]:
    add("fromhex", [text], lambda: float.fromhex(text))
INTS = [0, 1, -1, 3, 7, 10, 2 ** 53, 2 ** 53 + 1, 2 ** 54 + 3, -(2 ** 63), 10 ** 22 + 1,
        2 ** 1023 * 2 - 2 ** 970, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 2 ** 1024, 10 ** 400,
        -(10 ** 400), 3 ** 500, 12345678901234567890123456789, 2 ** 64 + 2 ** 11, 2 ** 64 + 2 ** 11 + 1]
for _ in range(20):
    INTS.append(random.getrandbits(random.choice([60, 100, 400, 1100])) * random.choice([1, -1]))
for n in INTS:
    add("int_to_float", [n], lambda: float(n))
for a in INTS[:26]:
    for b in INTS[:26]:
        add("truediv", [a, b], lambda: a / b)
for a, b in [(1, 3 ** 700), (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076), (1, 2 ** 1080),
             (10 ** 400, 10 ** 90), (10 ** 400, 10 ** 92), (2 ** 1100, 2 ** 76), (-(10 ** 320), 7),
             (5, 10 ** 330), (1, 10 ** 400)]:
    add("truediv", [a, b], lambda: a / b)
print("\n".join(lines))
