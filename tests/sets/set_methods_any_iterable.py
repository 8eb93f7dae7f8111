s = {1, 2, 3}
print(s.issubset(range(10)), s.issuperset("") , s.isdisjoint(iter([7, 8])))
print(s.union({9: 1}.keys()), s.intersection({2: 0, 3: 0}))
print(s.difference(x for x in (1, 2)))
s.update({7: 0}.values())
print(s)
s.update()
print(s)
print(frozenset("aa") == {"a"})
print(set.union({1}, [2]), frozenset.union(frozenset([1]), [2]))
try:
    set.union([1], [2])
except TypeError as e:
    print(e)
