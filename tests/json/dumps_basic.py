# dumps of every basic type with default options
import json

values = [None, True, False, 0, 1, -7, 2**70, -2**64, 3.5, 0.1, 1e100, 1e-7,
          -0.0, 1.0, 123456789.0, 1e16, "", "plain", "quote\"back\\slash",
          "tab\tnew\nret\rbs\bff\f", "\x00\x01\x1f\x7f", [], (), {}, [1, [2, [3]]],
          (1, "two", 3.0), {"a": 1}, {"nested": {"list": [1, 2, {"x": None}]}}]
for v in values:
    print(repr(v)[:40], "->", json.dumps(v))

class MyInt(int):
    def __repr__(self):
        return "MyInt!"
    def __str__(self):
        return "MyInt str"

class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"

class MyStr(str):
    def __str__(self):
        return "nope"

class MyList(list):
    pass

class MyDict(dict):
    pass

print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), MyList([1, 2]), MyDict(k=MyInt(3))]))
print(json.dumps({MyInt(1): 1, MyFloat(1.5): 2, MyStr("k"): 3}))
print(json.dumps(True), json.dumps(False), json.dumps(None))
print(json.dumps("string only"))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
