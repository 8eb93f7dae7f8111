a = {1: "a", 2: "b"}
b = {2: "b", 3: "c"}
ia, ib = a.items(), b.items()
print(sorted(ia & ib), sorted(ia | ib), sorted(ia - ib), sorted(ia ^ ib))
print(ia & {(1, "a")}, ia - [(1, "a")], ia == {(1, "a"), (2, "b")})
print(ia | a.keys() == {1, 2, (1, "a"), (2, "b")})
print((1, "a") in ia, (1, "z") in ia, [1, "a"] in ia, 1 in ia)
print(ia.isdisjoint(ib), ia.isdisjoint([(3, "c")]))
c = {1: [1]}
print((1, [1]) in c.items())
try:
    c.items() & {1}
    print("no error")
except TypeError as e:
    print(e)
try:
    c.items() | c.items()
except TypeError as e:
    print(e)
