# Recursion that passes through builtins (map, sorted, str, repr) still ends in RecursionError.
def report(label, fn):
    try:
        fn()
        print(label, "finished")
    except RecursionError as e:
        print(label, type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))

def via_map(x):
    return list(map(via_map, [x]))
report("map", lambda: via_map(1))

class Cmp:
    def __lt__(self, other):
        return sorted([Cmp(), Cmp()])
report("sorted", lambda: Cmp() < Cmp())

class Str:
    def __str__(self):
        return str(Str())
report("str", lambda: str(Str()))

nested = []
for _ in range(100000):
    nested = [nested]
report("repr of very deep list", lambda: repr(nested))

def via_key(x):
    return sorted([x], key=via_key)
report("sort key", lambda: via_key(0))

class Iter:
    def __iter__(self):
        return iter(list(Iter()))
report("list of self-iterating", lambda: list(Iter()))

def fine(n):
    return sum(map(fine, range(n))) + 1 if n else 1
print("bounded recursion through map:", fine(5))
