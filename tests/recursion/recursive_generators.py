# Recursive generators with yield from: permutations, tree walks, and nesting depth.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest

print(list(permutations("abc")))
print(sum(1 for _ in permutations(list(range(6)))))

def walk(tree, depth=0):
    label, children = tree
    yield depth, label
    for child in children:
        yield from walk(child, depth + 1)

tree = ("a", [("b", [("d", [])]), ("c", [])])
for depth, label in walk(tree):
    print("  " * depth + label)

def nested(n):
    if n == 0:
        yield "bottom"
    else:
        yield from nested(n - 1)
        yield n
print(list(nested(5)))
print(len(list(nested(200))))

def binary_strings(n):
    if n == 0:
        yield ""
        return
    for s in binary_strings(n - 1):
        yield s + "0"
        yield s + "1"
print(list(binary_strings(3)))

def forever_nested(n):
    yield from forever_nested(n + 1)
try:
    next(forever_nested(0))
except RecursionError as e:
    print(type(e).__name__)
