# Modifying classes after creation affects existing instances.
class Widget:
    def size(self):
        return 1

w = Widget()
print(w.size())
Widget.size = lambda self: 2
print(w.size())
Widget.color = "red"
print(w.color)
def describe(self):
    return f"widget of size {self.size()} in {self.color}"
Widget.describe = describe
print(w.describe())
del Widget.color
try:
    w.describe()
except AttributeError as e:
    print(type(e).__name__, e)

class Base:
    def greet(self):
        return "base greet"
class Child(Base):
    pass
c = Child()
print(c.greet())
Base.greet = lambda self: "patched base"
print(c.greet())
Child.greet = lambda self: "child override"
print(c.greet())
del Child.greet
print(c.greet())
print([k.__name__ for k in Child.__mro__])
setattr(Widget, "dynamic_" + "method", lambda self, n: n * 3)
print(w.dynamic_method(4))
try:
    del Widget.never_there
except AttributeError as e:
    print(type(e).__name__, e)
