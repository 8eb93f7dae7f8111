#!/usr/bin/env python3
"""Writes crates/garter-runtime/src/number/testdata/text_cases.txt: int and
float parsing, int to text and int to/from bytes, from python3.

Each line: operation TAB argument... TAB result, with backslash, tab and
newline escaped (\\\\, \\t, \\n); a failure is "!" then "Class: message".
Floats are written as their IEEE bits in hex, bytes in hex; the int of
"str" and the result of "int" as Python's hex().
"""
import struct


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def show(v):
    if isinstance(v, float):
        return "%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, bytes):
        return v.hex()
    return esc(str(v))


def run(f):
    try:
        return show(f())
    except Exception as e:  # noqa: BLE001 - the oracle's error is the data
        return "!%s: %s" % (type(e).__name__, esc(str(e)))


lines = []


def add(op, args, f):
    lines.append("\t".join([op] + [esc(str(a)) for a in args] + [run(f)]))


INT_TEXTS = ["0", "-0", "+7", " 42 ", "\t-42\n", "1_000", "_1", "1_", "1__0", "0x1f", "0X1F",
             "0o17", "0b101", "0x_1f", "0x__1", "010", "0_0", "00", "0_", "0_7", "0b_", "0b",
             "0x", "", "-", "+ 1", "12x", "z", "Z", "zz", "\u0661\u0662\u0663", "\u0663_\u0664",
             "\u00a012\u2003", "12\x85", "\x1c12", "1\x00", "x" * 300, "\u00e9" * 300,
             "\U0001d7d9\U0001d7da", "99999999999999999999999999", "-0b101", "1e5", "1.0",
             "1" * 4300, "1" * 4301, "1" * 5000 + "x", "0" * 5000, "f" * 5000, "7" * 4301,
             "123456789abcdefghijklmnopqrstuvwxyz", "  -0o777  ", "0B11", "0O7", "১২"]
for text in INT_TEXTS:
    for base in (0, 2, 8, 10, 16, 36, 7, 1, 37):
        if len(text) > 1000 and base not in (0, 10, 16, 7):
            continue
        add("int", [text, base], lambda: hex(int(text, base)))
FLOAT_TEXTS = ["1_0.5", "1_.5", "1e1_0", " -InFiNiTy ", "nan", "-nan", "+inf", "inf", "Infinity",
               "infinit", "in f", ".", "1.", ".5e-3", "0x1p3", "\u0661.\u0665", "1e", "_1",
               "1__0", "1e500", "-1e-500", "", " ", "1._5", "1_e5", "+-1", "1 2", "0_0",
               "00.5", "5.e1", "-.5", "1E5", "1e+5", "1e-5", "\u2003 1.5 \u3000", "\x1c12",
               "x" * 300, "0.1", "2.675", "1" * 400, "3.141592653589793238462643383279",
               "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
               "1.7976931348623157e308", "1.7976931348623158e308", "1.797693134862315807e308",
               "0e0", "-0.0", "1_000.000_1", "1e-4_0", "١٢", "+.5", "-5.", "e5", ".e5",
               "1.5e", "1.5e+", "nan1", "infx", "  +nAn  "]
for text in FLOAT_TEXTS:
    add("float", [text], lambda: float(text))
INTS = [0, 1, -1, 7, -7, 255, -255, 256, 2 ** 63, -(2 ** 63), 2 ** 64 - 1, 10 ** 30,
        -(10 ** 30), 10 ** 4299, -(10 ** 4299), 10 ** 4300, -(10 ** 4300), 2 ** 14300, 2 ** 15000]
for n in INTS:
    add("str", [hex(n)], lambda: str(n))
    if abs(n) < 10 ** 100:
        for radix in (2, 8, 16):
            add("prefixed", [n, radix], lambda: {2: bin, 8: oct, 16: hex}[radix](n))
BYTE_INTS = [0, 1, -1, -2, 127, 128, -128, -129, 255, 256, -256, -255, 65535, -32768, -32769,
             2 ** 64 - 1, -(2 ** 63), 10 ** 20, -(10 ** 20)]
for n in BYTE_INTS:
    for length in (0, 1, 2, 3, 8, 9, 10):
        for order in ("big", "little"):
            for signed in (False, True):
                add("to_bytes", [n, length, order, signed],
                    lambda: n.to_bytes(length, order, signed=signed))
add("to_bytes", [1, 1, "middle", False], lambda: (1).to_bytes(1, "middle"))
for data in [b"", b"\x00", b"\xff", b"\x80\x00", b"\x00\x80", b"\x01\x02\x03", b"\xff" * 9,
             b"\x7f" + b"\xff" * 8]:
    for order in ("big", "little"):
        for signed in (False, True):
            add("from_bytes", [data.hex(), order, signed],
                lambda: int.from_bytes(data, order, signed=signed))
print("\n".join(lines))
