# assorted edges: cycles without checking, partial constants, raw_decode overrides
import json
a = []; a.append(a)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print(type(e).__name__, e)
d = {}; d["d"] = d
try:
    json.dumps(d, check_circular=False)
except RecursionError as e:
    print(type(e).__name__, e)
for s in ['-Inf', '-', '[-]', 'Infinit', 'NaNx', '[1e5]', '[1.5e-3, -0, -0.0]', '"\\u00"', '"\\u0041\\u"']:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(e)
try:
    json.loads(memoryview(b"1"))
except TypeError as e:
    print(e)
class Dec(json.JSONDecoder):
    def raw_decode(self, s, idx=0):
        print("raw_decode", idx)
        return super().raw_decode(s, idx)
print(json.loads("  [1]  ", cls=Dec))
try:
    json.loads("  [1]  x", cls=Dec)
except json.JSONDecodeError as e:
    print(e)
print(json.dumps({"a": (1, 2)}, indent=2))
print(json.dumps([{}, []], indent=2, sort_keys=True))
print(json.loads('{"a": 1}', object_pairs_hook=lambda p: p))
print(json.loads('{}', object_pairs_hook=lambda p: p), json.loads('{}', object_hook=lambda p: "hook"))
e = json.JSONDecodeError("m", "ab", 1)
