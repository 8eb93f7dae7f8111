# float and int text exactly as CPython writes and reads them
import json
import sys

floats = [0.0, -0.0, 1.0, 1.5, 0.1, 0.2 + 0.1, 1e15, 1e16, 1e22, 1e-5, 1e-4, 123.456,
          1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 3.141592653589793, -2.5e-8]
print(json.dumps(floats))
print(json.loads(json.dumps(floats)) == floats)
for text in ["1.7976931348623157e309", "4.9e-325", "0.30000000000000004", "1e0", "1E-0",
             "100000000000000000000000.0", "-0.0", "0e5", "123e-2"]:
    v = json.loads(text)
    print(text, repr(v))
ints = [0, -1, 2**31, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 10**40, -(10**40)]
print(json.dumps(ints))
print(json.loads(json.dumps(ints)) == ints)
print(json.dumps(True + 1), json.dumps([True, 1, 1.0]))

import enum
class Color(enum.IntEnum):
    RED = 1
    GREEN = 2
print(json.dumps([Color.RED, {"c": Color.GREEN}]))
print(json.dumps({Color.RED: "r"}))
big = "1" * 5000
try:
    json.loads(big)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(json.loads("9" * 4300))))
print(json.loads("[1.5]", parse_float=float), json.loads("[7]", parse_int=float))
