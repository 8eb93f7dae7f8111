# Functions as values: passing, returning, storing in containers.
def apply(fn, *args):
    return fn(*args)

def twice(fn):
    return lambda x: fn(fn(x))

ops = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
}
for name in sorted(ops):
    print(name, apply(ops[name], 6, 3))

print(twice(lambda x: x + 3)(10))
print(twice(twice(lambda s: s + "!"))("hey"))

print(list(map(str.upper, ["a", "b"])))
print(sorted(["banana", "Apple", "cherry"], key=str.lower))
print(max(["aaa", "b", "cc"], key=len), min([3, -5, 2], key=abs))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))

def pipeline(value, *steps):
    for step in steps:
        value = step(value)
    return value

print(pipeline(" Hello ", str.strip, str.lower, lambda s: s * 2))
funcs = [len, str, repr, bool, abs]
print([f.__name__ for f in funcs])
print(len.__name__, type(len).__name__, type(apply).__name__)
print(callable(apply), callable(5), callable(int), callable("x".upper))
