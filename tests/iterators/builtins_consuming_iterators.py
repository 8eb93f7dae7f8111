# Builtins that consume iterators: sum, min, max, sorted, any, all, list, tuple, set, dict, str.join.
def gen(values):
    for v in values:
        print("yield", v)
        yield v

print(any(gen([0, 0, 1, 1])))
print(all(gen([1, 1, 0, 1])))
print(any(gen([])), all(gen([])))
print(sum(gen([1, 2, 3])))
print(min(gen([3, 1, 2])), max(gen("hello")))
print(min(3, 1, 2), max("a", "bb", key=len), min([[2], [1, 5]]))
print(sorted(gen([2, 3, 1])))
print(tuple(gen("ab")), set(gen([1, 1, 2])))
print(dict(gen([("k", "v")])))
print("-".join(gen(["x", "y"])))
print(list(reversed(list(gen([1, 2])))))
for bad in (min, max):
    try:
        bad(gen([]))
    except ValueError as e:
        print(type(e).__name__, e)
    print(bad([], default="fallback"))
try:
    min(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
