# __getattr__ only runs when normal lookup fails; __getattribute__ runs always.
class Fallback:
    real = "real attribute"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("gen_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

f = Fallback()
print(f.real)
print(f.gen_value)
try:
    f.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(f, "missing", "getattr default"))
print(hasattr(f, "gen_x"), hasattr(f, "nope"))

class Everything:
    def __init__(self):
        self.stored = "stored"
    def __getattribute__(self, name):
        print("__getattribute__", name)
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name

e = Everything()
print(e.stored)
print(e.secret)
print(e.unknown)

class PropertyRaises:
    @property
    def broken(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return "__getattr__ rescued " + name
print(PropertyRaises().broken)

class NoRecursion:
    def __getattr__(self, name):
        if name == "data":
            raise AttributeError(name)
        return self.data.get(name)
try:
    NoRecursion().x
except AttributeError as err:
    print(type(err).__name__, err)
