# dict, list and tuple subclasses with their own items/len/iter
import json

class D(dict):
    def items(self):
        return [("x", 1)]
    def __len__(self):
        return 0

class L(list):
    def __iter__(self):
        return iter([9])

class T(tuple):
    pass

class Empty(list):
    def __bool__(self):
        return False

print(json.dumps(D(a=1)))
print(json.dumps(D(a=1), indent=1))
print(json.dumps(D()))
print(json.dumps(L([1, 2])))
print(json.dumps(L([1, 2]), indent=1))
print(json.dumps(T((1, 2))), json.dumps(T()))
print(json.dumps(Empty([1])), json.dumps(Empty([1]), indent=2))
print(json.dumps({"d": D(b=2), "l": [L([5])]}, sort_keys=True))
for seps in [(1, ":"), (",", 2), (None, None)]:
    try:
        json.dumps({"a": 1}, separators=seps)
    except TypeError as e:
        print(type(e).__name__, e)
