# struct: every code under every byte-order prefix, range errors, half floats, s/p padding, calcsize alignment
import sys
import struct
import math
out = []
for pre in "<@>=!":
    for c in "bBhHiIlLqQnNP":
        for v in (-2**70, 2**70, -2**40, 2**40, -1, 0, 1, 127, 255, 2**63, -2**63-1, 2**64, -2**63, 2**63-1, 2**32-1, -2**31, 65535, -32768):
            try: out.append((pre+c, v, struct.pack(pre+c, v), struct.unpack(pre+c, struct.pack(pre+c, v))))
            except Exception as e: out.append((pre+c, v, type(e).__name__, str(e)))
for c in "efd":
    for v in (0.0, -0.0, 1.0, -2.5, 0.1, 1e-5, 6e-8, 2e-8, 3e-8, 65504.0, 65519.99, 65520.0, 1e-40, 3.4e38, 3.5e38, 1e308, math.inf, -math.inf, 5, True, "x", None, 1/3):
        for pre in "<>":
            try: out.append((pre+c, v, struct.pack(pre+c, v), struct.unpack(pre+c, struct.pack(pre+c, v))))
            except Exception as e: out.append((pre+c, v, type(e).__name__, str(e)))
for fmt in ["@bi", "@bq", "@bhbd", "=bq", "<3s2p", "@c0i", "b0i", "@iQ?", "10x", "5s5p", "  2h  i", "3", "i3", "z", "2 i", "<P", "@P", "ci", "0p", "@e", ""]:
    try: out.append((fmt, struct.calcsize(fmt)))
    except Exception as e: out.append((fmt, type(e).__name__, str(e)))
for i in range(0, 65536, 97):
    out.append(struct.unpack("<e", i.to_bytes(2, "little")))
for x in range(-200, 200):
    v = x / 7.3
    out.append(struct.pack("<e", v))
    out.append(struct.pack(">e", v * 1e-5))
for fmt, data in [("5p", b"\x09abcd"), ("1p", b"\x03"), ("3s", b"abc"), ("?", b"\x00"), ("2c", b"xy")]:
    out.append(struct.unpack(fmt, data))
for v in (b"", b"a", b"abcdefghij", bytearray(b"zz"), "s", memoryview(b"x")):
    for fmt in ("3s", "3p", "c", "0s", "0p"):
        try: out.append((fmt, v, struct.pack(fmt, v)))
        except Exception as e: out.append((fmt, type(e).__name__, str(e)))
it = struct.iter_unpack("<hh", bytes(range(12)))
out.append(it.__length_hint__()); out.append(next(it)); out.append(it.__length_hint__()); out.append(list(it))
for line in out:
    print(line)
