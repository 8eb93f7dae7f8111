# User __repr__ and __str__: which one print, str, repr, f-strings and containers use.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "OnlyStr as str"

class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"

r, b = OnlyRepr(), Both()
print(r, str(r), repr(r), f"{r}", f"{r!r}")
print(b, str(b), repr(b), f"{b}", f"{b!r}", "%s %r" % (b, b))
print([r, b], (b,), {"k": b})
s = OnlyStr()
print(s, str(s), "{}".format(s))
print(repr(s).startswith("<__main__.OnlyStr object at "))

class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)

class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

class ReprSubclassStr:
    def __repr__(self):
        return Tagged("tagged")
class Tagged(str):
    pass
print(repr(ReprSubclassStr()), type(repr(ReprSubclassStr())).__name__)
class Recursive:
    def __repr__(self):
        return "R(" + repr(self.child) + ")" if hasattr(self, "child") else "R()"
x = Recursive()
x.child = Recursive()
print(x)
