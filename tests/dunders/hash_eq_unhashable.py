# Defining __eq__ without __hash__ makes instances unhashable.
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v

print(OnlyEq.__hash__)
for action in ("hash", "set", "dict key"):
    try:
        if action == "hash":
            hash(OnlyEq(1))
        elif action == "set":
            {OnlyEq(1)}
        else:
            {OnlyEq(1): "v"}
    except TypeError as e:
        print(action, type(e).__name__, e)

class EqAndHash(OnlyEq):
    def __hash__(self):
        return hash(self.v)

s = {EqAndHash(1), EqAndHash(1), EqAndHash(2)}
print(len(s), EqAndHash(2) in s)
d = {EqAndHash("k"): "value"}
print(d[EqAndHash("k")])

class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print(type(e).__name__, e)

class InheritsEq(OnlyEq):
    pass
try:
    hash(InheritsEq(1))
except TypeError as e:
    print(type(e).__name__, e)

class BadHash:
    def __hash__(self):
        return "not an int"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)

class BigHash:
    def __hash__(self):
        return 2 ** 100
print(type(hash(BigHash())).__name__)
print(hash(5) == 5, hash(True) == 1, hash(-1) == -2, hash((1, 2)) == hash((1, 2)))
for bad in ([1], {"a": 1}, {1}):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
