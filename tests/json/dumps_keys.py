# key coercion, skipkeys and bad keys
import json

print(json.dumps({1: "int", 2.5: "float", True: "true", False: "false", None: "null"}))
print(json.dumps({10**30: "big", -3: "neg", 1e20: "bigfloat", 0.1: "tenth"}))
print(json.dumps({float("nan"): 1, float("inf"): 2, float("-inf"): 3}))
try:
    json.dumps({float("nan"): 1}, allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
for key in [(1, 2), b"bytes", frozenset(), object]:
    try:
        json.dumps({key: 1})
    except TypeError as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 1, "ok": 2, b"x": 3}, skipkeys=True))
print(json.dumps({(1, 2): 1}, skipkeys=True))
print(json.dumps({(1, 2): 1, "a": 2}, skipkeys=True, indent=2))
print(json.dumps({"z": 1, "a": 2, "m": 3}, sort_keys=True))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
