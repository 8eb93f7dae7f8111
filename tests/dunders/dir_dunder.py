# dir() uses __dir__ and returns a sorted list.
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid", "alpha"]

print(dir(Custom()))

class Plain:
    class_attr = 1
    def method(self):
        pass

p = Plain()
p.inst = 2
names = [n for n in dir(p) if not n.startswith("__")]
print(names)
print([n for n in dir(Plain) if not n.startswith("__")])
print("__init__" in dir(p), "__class__" in dir(p))

class Child(Plain):
    child_attr = 3
print([n for n in dir(Child) if not n.startswith("__")])

class TupleDir:
    def __dir__(self):
        return ("b", "a")
print(dir(TupleDir()))

class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)

def local_dir():
    x = 1
    y = 2
    return dir()
print(local_dir())
print([n for n in dir([]) if not n.startswith("_")])
