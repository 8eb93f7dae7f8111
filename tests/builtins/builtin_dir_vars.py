# dir() and vars() on own simple classes (names not starting with __)
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
        self._private = 4
    def child_method(self):
        pass
c = Child()
print([n for n in sorted(dir(c)) if not n.startswith("__")])
print([n for n in sorted(dir(Child)) if not n.startswith("__")])
print(vars(c), c.__dict__ is vars(c))
c.extra = [5]
print(sorted(vars(c)), vars(c)["extra"])
print(sorted(k for k in vars(Child) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
def local_scope():
    a = 1
    b = "two"
    return sorted(dir())
print(local_scope())
class Slots:
    __slots__ = ("x",)
try:
    vars(Slots())
except TypeError as e:
    print(type(e).__name__, e)
