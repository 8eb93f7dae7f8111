# Keys of mixed hashable types; equal numbers collapse to one key
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
d[1 + 0j] = "complex"
print(d, len(d))
d2 = {True: "t", 1: "one"}
print(d2)
d3 = {0: "zero", False: "f", 0.0: "z", -0.0: "nz", "": "empty", (): "tuple", None: "none", frozenset(): "fs"}
print(d3, len(d3))
d4 = {(1, 2): "a", (1, (2, 3)): "b", ("x", 1.5): "c", 2**100: "big", -1: "neg", -2: "neg2"}
print(d4, d4[(1, (2, 3))], d4[2**100], d4[-1], d4[-2])
for bad in ([], {}, {1}, [1, 2], ([],)):
    try:
        d[bad] = 1
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {[]: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.get([])
except TypeError as e:
    print(type(e).__name__, e)
