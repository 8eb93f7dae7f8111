# Attribute lookup order: instance dict, class, bases; class vs instance attributes
class Base:
    shared = "base"
    def method(self):
        return "Base.method"
class Child(Base):
    def method(self):
        return "Child.method"
c = Child()
print(c.shared, c.method(), Base.method(c), Child.method(c))
c.shared = "instance"
print(c.shared, Child.shared, Base.shared)
del c.shared
print(c.shared)
Base.shared = "changed"
print(c.shared, Child().shared)
c.method = lambda: "instance function"
print(c.method(), Child.method(c))
class Counter:
    count = 0
    def inc(self):
        self.count += 1
a, b = Counter(), Counter()
a.inc()
a.inc()
print(a.count, b.count, Counter.count)
try:
    Child.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.nope
except AttributeError as e:
    print(type(e).__name__, e)
