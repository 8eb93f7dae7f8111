# object_hook, object_pairs_hook, parse_float, parse_int, parse_constant
import json

doc = '{"b": 1, "a": {"x": 1.5, "y": [2, 3.25]}, "c": NaN, "d": -Infinity, "b": 9}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(json.loads(doc, object_pairs_hook=list, object_hook=dict))
print(json.loads(doc, parse_float=lambda s: "F" + s))
print(json.loads(doc, parse_int=lambda s: int(s) * 100))
print(json.loads(doc, parse_constant=lambda s: "C:" + s))
print(json.loads('[1, 2.0, 3e1]', parse_float=str, parse_int=str))
print(json.loads('{"x": 1}', object_hook=lambda d: None))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def as_point(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d

print(json.loads('{"points": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "n": 2}', object_hook=as_point))

def bad_constant(name):
    raise ValueError("no constants: " + name)

try:
    json.loads('[1, NaN]', parse_constant=bad_constant)
except ValueError as e:
    print(type(e).__name__, e)

dec = json.JSONDecoder(object_pairs_hook=lambda p: dict(reversed(p)))
print(dec.decode('{"a": 1, "b": 2}'))
print(dec.raw_decode('{"a": 1} trailing'))
print(json.JSONDecoder().raw_decode('[1, 2]   more', 0))
print(json.JSONDecoder().raw_decode('xx[1, 2]yy', 2))
print(json.JSONDecoder().parse_float is float, json.JSONDecoder().parse_int is int, json.JSONDecoder().strict)

class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}

print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))
print(json.loads('{"a": 1.5}', cls=MyDecoder, parse_float=lambda s: s))
