# Property corner cases: no getter, deleting without a deleter, property on the class, doc.
class C:
    def _set(self, value):
        self._v = value
    write_only = property(None, _set)
    no_funcs = property()

c = C()
c.write_only = 5
print(c._v)
for label, fn in [("get write_only", lambda: c.write_only), ("get no_funcs", lambda: c.no_funcs),
                  ("set no_funcs", lambda: setattr(c, "no_funcs", 1)), ("del write_only", lambda: delattr(c, "write_only"))]:
    try:
        fn()
    except AttributeError as e:
        print(label, type(e).__name__, e)

class D:
    @property
    def value(self):
        "The value."
        return 42
print(D.value.__doc__, type(D.value).__name__, D().value)
D.value = "replaced on the class"
print(D().value)

class E:
    @property
    def computed(self):
        return self.base * 2
e = E()
try:
    e.computed
except AttributeError as err:
    print(type(err).__name__, err)
e.base = 21
print(e.computed)
p = property(lambda self: "lambda getter", doc="explicit doc")
print(p.__doc__, p.fget(None))
class F:
    x = property(lambda self: "getter only")
f = F()
try:
    f.x = 1
except AttributeError as err:
    print(type(err).__name__, err)
