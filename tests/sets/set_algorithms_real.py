def primes(n):
    comp = set()
    for i in range(2, int(n ** 0.5) + 1):
        comp.update(range(i * i, n, i))
    return set(range(2, n)) - comp
print(primes(60))
friends = {"ann": {"bob", "cy"}, "bob": {"ann"}, "cy": {"ann", "dee"}, "dee": {"cy"}}
mutual = {(a, b) for a in friends for b in friends[a] if a in friends.get(b, set()) and a < b}
print(sorted(mutual))
print(sorted(set.union(*friends.values())), sorted(set.intersection(*[{1, 2, 3}, {2, 3}, {3, 2, 9}])))
seen, dups = set(), set()
for x in [3, 1, 3, 7, 1, 9, 3]:
    (dups if x in seen else seen).add(x)
print(seen, dups)
print(frozenset(frozenset(p) for p in [(1, 2), (2, 1), (3,)]) == {frozenset({1, 2}), frozenset({3})})
