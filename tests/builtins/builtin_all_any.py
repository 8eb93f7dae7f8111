# all() and any(): short-circuiting, empty iterables, truthiness of results
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0.0, ""]), any([0, "x"]), all("abc"), any(""))
def gen(values):
    for v in values:
        print("yield", v)
        yield v
print(all(gen([1, 0, 2])))
print(any(gen([0, 3, 4])))
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(3)), type(any([1])).__name__, all([[]]))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    any()
except TypeError as e:
    print(type(e).__name__, e)
