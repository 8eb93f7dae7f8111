# The same attribute sites run against classes that change between runs:
# every read, write and method call must see the change at once.

class Point:
    def __init__(self, x):
        self.x = x

    def show(self):
        return "show %s" % self.x


def read(o):
    return o.x


def write(o, v):
    o.x = v


def call(o):
    return o.show()


p = Point(1)
print(read(p), call(p))
write(p, 2)
print(read(p), call(p))

# A method replaced on the class, then shadowed by an instance attribute.
Point.show = lambda self: "replaced %s" % self.x
print(call(p))
p.show = lambda: "instance attribute"
print(call(p))
del p.show
print(call(p))

# A data descriptor added to the class now wins over the instance dict.
Point.x = property(lambda self: "property", lambda self, v: print("setter", v))
print(read(p))
write(p, 5)
print(p.__dict__)
del Point.x
print(read(p))

# A custom __setattr__ and __getattribute__ added later.
def logged_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)

Point.__setattr__ = logged_setattr
write(p, 7)
del Point.__setattr__
write(p, 8)
Point.__getattribute__ = lambda self, name: "intercepted " + name
print(read(p), p.show)
del Point.__getattribute__
print(read(p))

# Changing a base class reaches subclasses.
class Base:
    def show(self):
        return "base"

class Child(Base):
    pass

c = Child()
print(call(c))
Base.show = lambda self: "base replaced"
print(call(c))
Child.show = lambda self: "child own"
print(call(c))

# __class__ assignment.
class A:
    def show(self):
        return "A"

class B:
    def show(self):
        return "B"

a = A()
print(call(a))
a.__class__ = B
print(call(a))

# __slots__ classes: reads, writes, missing values.
class Slotted:
    __slots__ = ("x",)

s = Slotted()
try:
    read(s)
except AttributeError as e:
    print("AttributeError", e)
write(s, 10)
print(read(s))
del s.x
try:
    read(s)
except AttributeError as e:
    print("AttributeError", e)
try:
    s.y = 1
except AttributeError as e:
    print("AttributeError", e)

# One site seeing objects of several classes in turn.
class Other:
    x = "class attribute"

objs = [Point(1), Slotted(), Other(), Point(2)]
objs[1].x = "slot"
for o in objs:
    print(read(o))

# Module attributes read and called through sites.
import math

def sqrt_site(v):
    return math.sqrt(v)

print(sqrt_site(16.0))
math.sqrt = lambda v: "patched"
print(sqrt_site(16.0))

# Class attributes of plain values, then shadowed per instance.
class Counter:
    count = 0

    def bump(self):
        self.count += 1
        return self.count

k = Counter()
print(k.bump(), k.bump(), Counter.count)
