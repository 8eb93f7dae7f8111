# copy and deepcopy of builtin containers
import copy

nested = [1, [2, 3], {"k": [4]}, (5, [6]), {7}, "s"]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1])
print(deep == nested, deep[1] is nested[1], deep[2]["k"] is nested[2]["k"])
nested[1].append(99)
nested[2]["k"].append(98)
print(shallow[1], deep[1], shallow[2], deep[2])

d = {"a": [1], "b": {"c": 2}}
d2 = copy.copy(d)
d3 = copy.deepcopy(d)
d["a"].append(2)
print(d2, d3, type(d2).__name__)

s = {1, 2, (3, 4)}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s)
fs = frozenset([1, 2])
print(copy.copy(fs) is fs)
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
t3 = copy.deepcopy(t2)
print(t3 == t2, t3 is t2, t3[1] is t2[1])
ba = bytearray(b"abc")
ba2 = copy.copy(ba)
ba2[0] = 65
print(ba, ba2)

for atom in [1, 2.5, 3j, True, None, "str", b"bytes", range(3), Ellipsis,
             NotImplemented, len, int, copy.copy]:
    print(repr(atom)[:20], copy.copy(atom) is atom, copy.deepcopy(atom) is atom)

# shared references stay shared; cycles are preserved
shared = [1, 2]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, cc)
dc = {}
dc["self"] = dc
dd = copy.deepcopy(dc)
print(dd["self"] is dd)
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y, len(memo) >= 1)
print(copy.deepcopy([x, x], {id(x): "replaced"}))


def f():
    return 1


print(copy.deepcopy(f) is f, copy.copy([f])[0] is f)
print(copy.Error.__mro__, copy.error is copy.Error)
try:
    copy.copy(x for x in [])
except TypeError as e:
    print("TypeError", e)
import sys
try:
    copy.deepcopy(sys)
except TypeError as e:
    print("TypeError", e)
