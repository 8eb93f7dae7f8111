# Metaclass __prepare__ and attributes defined on the metaclass vs the class.
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("__prepare__", name)
        return {"injected": "from prepare"}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = [k for k in ns if not k.startswith("__")]
        return cls

class Record(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    mid = 3

print(Record.field_order)
print(Record.injected)

class Meta(type):
    meta_attr = "on the metaclass"
    def __repr__(cls):
        return "<class " + cls.__name__ + " via Meta>"
    def __len__(cls):
        return 99
    def __getitem__(cls, item):
        return cls.__name__ + "[" + str(item) + "]"

class K(metaclass=Meta):
    pass

print(K.meta_attr)
try:
    K().meta_attr
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(K), len(K), K[int.__name__])
print(str(K))
class Sub(K):
    pass
print(repr(Sub), type(Sub).__name__)
