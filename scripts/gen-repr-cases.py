#!/usr/bin/env python3
"""Generates crates/garter-syntax/src/literal/testdata/float_reprs.txt:
one float per line as `<16 hex digits of its bits> <repr(x)> <repr(complex(0, x))>
<repr(complex(x, -x))>`, from CPython 3.11, for the repr tests.

    python3 scripts/gen-repr-cases.py
"""

import os
import random
import struct

OUTPUT = os.path.join(
    os.path.dirname(os.path.abspath(__file__)),
    "..",
    "crates",
    "garter-syntax",
    "src",
    "literal",
    "testdata",
    "float_reprs.txt",
)


def values():
    rng = random.Random(3011)
    special = [0.0, -0.0, 1.0, 0.1, 1e16, 1e-4, 1e-5, 9999999999999998.0,
               1e15, 123456789012345678.0, 5e-324, 1.7976931348623157e308,
               float("inf"), float("-inf"), float("nan"), 2.0 ** 53, 0.5]
    yield from special
    for exponent in range(-30, 31):
        for mantissa in (1, 1.5, 9.999, 3.14159):
            yield mantissa * 10.0 ** exponent
    for _ in range(1500):
        bits = rng.getrandbits(64)
        yield struct.unpack("<d", struct.pack("<Q", bits))[0]
    for _ in range(1500):
        digits = rng.randint(1, 17)
        text = str(rng.randint(1, 10 ** digits)) + "e" + str(rng.randint(-25, 25))
        yield float(text)


def main():
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8") as out:
        for value in values():
            bits = struct.unpack("<Q", struct.pack("<d", value))[0]
            out.write(f"{bits:016x} {value!r} {complex(0.0, value)!r} {complex(value, -value)!r}\n")


if __name__ == "__main__":
    main()
