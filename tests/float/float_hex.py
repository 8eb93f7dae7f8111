# float.hex and float.fromhex
for v in (0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.14, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan"), 255.0, 1 / 3):
    print(repr(v), v.hex())
for s in ["0x1p0", "0x1.8p1", "-0x1p-1", "0X1P+4", "0x.8", "0x1.", "1p4", "0xFFp-4", "  0x1p0  ", "inf",
          "-Infinity", "nan", "0x1p-1074", "0x1p-1075", "0x1.0000000000000fp0", "0x1.fffffffffffff8p1023"]:
    try:
        print(s, repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for s in ["0x1p1024", "0xg", "", "0x1p", "0x1.8.8", "1e5"]:
    try:
        print(s, repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(all(float.fromhex(v.hex()) == v for v in (0.1, 123.456, -9.5e-300, 2.0**100)))
