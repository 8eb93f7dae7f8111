# array repr, extend, frombytes/tobytes round trips and overflow messages.
from array import array

for code, values in [
    ("b", [-128, 0, 127]),
    ("B", [0, 255]),
    ("h", [-32768, 32767]),
    ("H", [0, 65535]),
    ("i", [-5, 5]),
    ("I", [0, 4000000000]),
    ("l", [-(2**31)]),
    ("q", [2**62]),
    ("Q", [2**64 - 1]),
    ("f", [0.5, -1.25]),
    ("d", [1e300, -0.0]),
]:
    a = array(code, values)
    raw = a.tobytes()
    b = array(code)
    b.frombytes(raw)
    print(repr(a), a.itemsize * len(a) == len(raw), a == b)

print(array("u", "hé"), array("b"), array("d", []))

a = array("i", [1, 2])
a.extend([3, 4])
a.extend(array("i", [5]))
a.extend(x * 10 for x in range(2))
print(a)
try:
    a.extend(array("h", [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.extend([1, "x"])
except TypeError as e:
    print(type(e).__name__, e)
print(a)

overflow_cases = [
    ("b", 128), ("b", -129), ("B", 256), ("B", -1), ("h", 32768), ("H", -1),
    ("H", 65536), ("i", 2**31), ("I", -1), ("I", 2**32), ("q", 2**63), ("Q", -1),
]
for code, v in overflow_cases:
    try:
        array(code, [v])
    except OverflowError as e:
        print(code, v, type(e).__name__, e)

for code, v in [("i", 1.5), ("d", "x"), ("b", None)]:
    try:
        array(code, [v])
    except TypeError as e:
        print(code, type(e).__name__, e)

try:
    array("z")
except ValueError as e:
    print(type(e).__name__, e)
a = array("H")
a.frombytes(bytearray(b"\x01\x00\x02\x00"))
a.frombytes(memoryview(b"\x03\x00"))
print(a, a.tobytes())
try:
    a.frombytes(b"\x01")
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.frombytes("str")
except TypeError as e:
    print(type(e).__name__, e)
print(a.buffer_info()[1], len(a))
