# Recursive algorithms over trees and nested structures.
tree = ("root", [("a", [("a1", []), ("a2", [("a2x", [])])]), ("b", []), ("c", [("c1", [])])])

def count(node):
    name, children = node
    return 1 + sum(count(c) for c in children)

def height(node):
    name, children = node
    return 1 + max((height(c) for c in children), default=0)

def paths(node, prefix=()):
    name, children = node
    here = prefix + (name,)
    if not children:
        return ["/".join(here)]
    result = []
    for c in children:
        result.extend(paths(c, here))
    return result

def show(node, indent=0):
    name, children = node
    print("  " * indent + name)
    for c in children:
        show(c, indent + 1)

print(count(tree), height(tree))
print(paths(tree))
show(tree)

def deep_sum(x):
    if isinstance(x, (list, tuple)):
        return sum(deep_sum(i) for i in x)
    if isinstance(x, dict):
        return deep_sum(list(x.values()))
    return x
print(deep_sum([1, (2, 3), {"a": 4, "b": [5, {"c": 6}]}]))

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]
print(subsets([1, 2, 3]))
print(len(subsets(list(range(10)))))
