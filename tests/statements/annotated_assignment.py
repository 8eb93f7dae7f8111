# Annotated assignments at module, class and function level.
x: int = 5
y: str
print(x)
print(sorted(__annotations__))
print(__annotations__["x"].__name__)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)

class Point:
    x: int = 0
    y: int
    label: "str" = "origin"

print(sorted(Point.__annotations__))
print(Point.__annotations__["label"])
print(Point.x, Point.label, hasattr(Point, "y"))

def f():
    local: list = []
    unused: int
    local.append(1)
    return local
print(f())
print(f.__annotations__)

class Target:
    pass
t = Target()
t.attr: int = 3
print(t.attr)
d = {}
d["k"]: float = 1.5
print(d)
counter: int = 0
counter += 1
print(counter)
