#!/usr/bin/env python3
"""Writes crates/garter-runtime/src/number/testdata/int_op_cases.txt: int
arithmetic results from python3.

Each line: operation TAB argument... TAB result. Ints in decimal, a float
result as "f:" and its IEEE bits in hex, a pair joined by ","; a failure
is "!" then "Class: message".
"""
import struct

VALUES = [0, 1, -1, 2, -2, 3, 7, -7, 10, 255, -256, 1250, -1250, 1350, 12345678901234567890,
          -(2 ** 100) + 3, 3 ** 80]
EXPONENTS = [0, 1, 2, 3, 5, 17, 64, -1, -2, -3, -64]
MODULI = [1, -1, 2, 7, -7, 10, 97, 2 ** 61 - 1, -(10 ** 20), 0]


def show(v):
    if isinstance(v, float):
        return "f:%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, tuple):
        return ",".join(show(x) for x in v)
    return str(v)


def run(f):
    try:
        return show(f())
    except Exception as e:  # noqa: BLE001 - the oracle's error is the data
        return "!%s: %s" % (type(e).__name__, e)


lines = []


def add(op, args, f):
    lines.append("\t".join([op] + [str(a) for a in args] + [run(f)]))


for a in VALUES:
    for b in VALUES:
        add("floordiv", [a, b], lambda: a // b)
        add("mod", [a, b], lambda: a % b)
        add("divmod", [a, b], lambda: divmod(a, b))
    for e in EXPONENTS:
        add("pow", [a, e], lambda: a ** e)
        for m in MODULI:
            add("powmod", [a, e, m], lambda: pow(a, e, m))
    for n in [0, 1, 3, 64, 100, -1, 2 ** 70]:
        if n < 2 ** 64 or a == 0:
            add("lshift", [a, n], lambda: a << n)
        add("rshift", [a, n], lambda: a >> n)
    for nd in [0, 2, -1, -2, -3, -5, -20, -25, -40, -1000]:
        add("round", [a, nd], lambda: round(a, nd))
add("pow", [10 ** 400, -1], lambda: (10 ** 400) ** -1)
add("lshift", [1, 2 ** 70], lambda: 1 << 2 ** 70)
print("\n".join(lines))
