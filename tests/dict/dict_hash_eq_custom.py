# User-defined keys with __hash__ and __eq__
class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return "Key(%s)" % self.name
d = {Key("a", 1): 1, Key("b", 1): 2, Key("c", 2): 3}
print(d, d[Key("b", 1)], Key("a", 1) in d, Key("a", 2) in d, len(d))
d[Key("a", 1)] = 10
print(d)
class Unhashable:
    __hash__ = None
try:
    {Unhashable(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class Loud:
    def __hash__(self):
        print("hash called")
        return 5
    def __eq__(self, other):
        print("eq called")
        return self is other
k = Loud()
dd = {k: 1}
print(dd[k])
print(Loud() in dd)
