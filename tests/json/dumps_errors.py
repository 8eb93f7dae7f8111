# errors from dumps: unserializable, NaN, circular
import json

class Thing:
    pass

for v in [Thing(), {1, 2}, b"bytes", bytearray(b"x"), 1j, object(), range(3), [1, {"k": Thing()}]]:
    try:
        json.dumps(v)
    except TypeError as e:
        print(type(e).__name__, e)

for v in [float("nan"), float("inf"), [float("-inf")], {"a": float("nan")}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print(type(e).__name__, e)

a = []
a.append(a)
d = {}
d["self"] = d
n = {"list": [1, 2]}
n["list"].append(n)
for v in [a, d, n]:
    try:
        json.dumps(v)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        json.dumps(v, indent=2)
    except ValueError as e:
        print(type(e).__name__, e)

shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared}]))
print(json.dumps([shared, shared], check_circular=False))

try:
    json.dumps(Thing(), default=lambda o: o)
except ValueError as e:
    print(type(e).__name__, e)
