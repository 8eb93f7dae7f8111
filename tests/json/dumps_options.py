# dumps with every option
import json

data = {"name": "Widget", "id": 42, "tags": ["a", "b"], "price": 9.99,
        "dims": {"w": 1, "h": 2.5, "empty": {}, "none": []}, "ok": True, "x": None}

print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent=-1))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent="--"))
print(json.dumps(data, indent=""))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(" , ", " : "), indent=1))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, sort_keys=True, indent=4))
print(json.dumps([[], {}, [[]], [{}], {"a": []}], indent=2))
print(json.dumps([1, 2, 3], indent=2, separators=(", ", ": ")))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, separators=(",", ":")))
try:
    json.dumps([1], indent=2.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)
