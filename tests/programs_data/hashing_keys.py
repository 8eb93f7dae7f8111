class Color:
    __slots__ = ("r", "g", "b")
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b
    def __eq__(self, other):
        if not isinstance(other, Color):
            return NotImplemented
        return (self.r, self.g, self.b) == (other.r, other.g, other.b)
    def __hash__(self):
        return hash((self.r, self.g, self.b))
    def __repr__(self):
        return f"Color({self.r}, {self.g}, {self.b})"

palette = {Color(255, 0, 0): "red", Color(0, 255, 0): "green"}
print(palette[Color(255, 0, 0)], Color(0, 0, 0) in palette, Color(1, 2, 3) == (1, 2, 3))
seen = set()
for c in [Color(1, 1, 1), Color(1, 1, 1), Color(2, 2, 2)]:
    seen.add(c)
print(len(seen))
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
class Child(Color):
    pass
print(hash(Child(1, 2, 3)) == hash(Color(1, 2, 3)), Child(1, 2, 3) == Color(1, 2, 3))
class Unhashable(Color):
    __hash__ = None
try:
    {Unhashable(1, 2, 3): 1}
except TypeError as e:
    print(type(e).__name__, e)
keys = {b"raw": 1, "raw": 2, 1: "int", 1.0: "float", True: "bool", (1, 2): "tuple", frozenset({1}): "fs", None: "none"}
print(keys, len(keys))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)), hash(b"a") == hash(b"a"))
print(hash(-1), hash(-2), hash(0.5), hash(2**61), hash(2**61 - 1), hash(float("inf")), hash(-1.0))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{}: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100))
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    memo[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(80), len(memo), list(memo)[:5])
