# Special methods are looked up on the type, not the instance, and not via __getattr__.
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C-repr"

c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), c.__len__(), repr(c), c.__repr__())

class Dynamic:
    def __getattr__(self, name):
        print("__getattr__", name)
        return lambda *args: 42

d = Dynamic()
print(d.anything())
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d + 1
except TypeError as e:
    print(type(e).__name__, e)
print(d.__len__())

class Late:
    pass
l = Late()
try:
    len(l)
except TypeError as e:
    print(type(e).__name__, e)
Late.__len__ = lambda self: 7
print(len(l))
Late.__add__ = lambda self, other: "added " + repr(other)
print(l + 1)
del Late.__len__
try:
    len(l)
except TypeError as e:
    print(type(e).__name__, e)

class Intercept:
    def __getattribute__(self, name):
        print("__getattribute__", name)
        return object.__getattribute__(self, name)
    def __str__(self):
        return "str via type"
print(str(Intercept()))
