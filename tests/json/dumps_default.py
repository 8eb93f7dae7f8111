# default= and cls= with subclasses of JSONEncoder
import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class Money:
    def __init__(self, amount, currency):
        self.amount, self.currency = amount, currency

def encode_obj(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, Money):
        return [o.amount, o.currency, Point(0, 0)]
    raise TypeError(f"cannot encode {type(o).__name__}")

print(json.dumps([Point(1, 2), {3, 1, 2}, Money(5, "EUR")], default=encode_obj))
print(json.dumps({"p": Point(1, 2)}, default=encode_obj, indent=2))
try:
    json.dumps([1j], default=encode_obj)
except TypeError as e:
    print(type(e).__name__, e)

class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)

print(json.dumps({"z": 1 + 2j}, cls=MyEncoder))
print(MyEncoder(indent=1).encode([1j]))
try:
    json.dumps([object()], cls=MyEncoder)
except TypeError as e:
    print(type(e).__name__, e)

class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()

print(json.dumps({"a": "b"}, cls=Upper))

class Extra(json.JSONEncoder):
    def __init__(self, *, prefix="", **kw):
        super().__init__(**kw)
        self.prefix = prefix
    def encode(self, o):
        return self.prefix + super().encode(o)

print(json.dumps([1], cls=Extra, prefix=">>"))
enc = json.JSONEncoder(sort_keys=True, separators=(",", "="))
print(enc.encode({"b": 1, "a": [1, 2]}))
print("".join(enc.iterencode({"k": "v"})))
print(enc.item_separator, enc.key_separator, enc.sort_keys, enc.indent, enc.skipkeys)
print(json.JSONEncoder().item_separator, json.JSONEncoder(indent=2).item_separator)
