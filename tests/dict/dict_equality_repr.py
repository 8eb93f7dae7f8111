# Equality ignores order; repr of nested and recursive dicts
a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
print(a == b, a != b, a == {"x": 1}, {} == {}, {1: 1} == {1.0: 1.0}, {1: "a"} == [(1, "a")])
print({"a": {"b": {"c": [1, {"d": ()}]}}}, {1: {}, 2: []}, {"q'": 'd"'}, {None: None})
r = {}
r["self"] = r
print(r)
r2 = {"l": []}
r2["l"].append(r2)
print(r2)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(str({"a": 1.5, 2: "b"}), repr({(1,): {2}}))
nan = float("nan")
print({nan: 1} == {nan: 1}, {1: nan} == {1: nan})
x = float("nan")
print({1: x} == {1: x})
