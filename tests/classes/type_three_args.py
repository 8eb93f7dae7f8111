# Creating classes dynamically with type(name, bases, namespace).
def greet(self):
    return "hi from " + type(self).__name__

Dynamic = type("Dynamic", (), {"x": 1, "greet": greet})
d = Dynamic()
print(Dynamic.__name__, d.x, d.greet())
print(Dynamic.__bases__[0].__name__, Dynamic.__module__)

Child = type("Child", (Dynamic,), {"y": 2})
c = Child()
print(c.x, c.y, c.greet(), isinstance(c, Dynamic))
print([k.__name__ for k in Child.__mro__])

Empty = type("Empty", (), {})
print(Empty.__qualname__, len([k for k in vars(Empty) if not k.startswith("__")]))

print(type(5).__name__, type("s") is str, type(type) is type, type(Dynamic) is type)
for args in [("A",), ("A", (), {}, 1), (1, (), {}), ("A", 5, {}), ("A", (), 5), ("A", (5,), {})]:
    try:
        print(type(*args))
    except TypeError as e:
        print(type(e).__name__, e)

WithInit = type("WithInit", (), {"__init__": lambda self, v: setattr(self, "v", v), "__repr__": lambda self: f"WithInit({self.v})"})
print(WithInit(3))
Bool = type("MyInt", (int,), {})
print(Bool(7) + 1, type(Bool(7)).__name__)
