# Function annotations are evaluated at definition time and stored in __annotations__.
def log(v):
    print("annotation evaluated:", v)
    return v

def f(a: log("a"), b: log("b") = 1, *args: log("args"), k: log("k"), **kw: log("kw")) -> log("return"):
    return a

print("defined")
print(sorted(f.__annotations__.items()))

def g(x: int, y: "str") -> list:
    return [x, y]

print(g.__annotations__["x"].__name__, g.__annotations__["y"], g.__annotations__["return"].__name__)
print(g(1, 2))

def none_annotated():
    pass
print(none_annotated.__annotations__)

lam = lambda x: x
print(lam.__annotations__)

def returns_none() -> None:
    pass
print(returns_none.__annotations__)
f.__annotations__ = {"changed": 1}
print(f.__annotations__)
