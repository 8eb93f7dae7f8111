courses = {
    "math": {"ann", "bob", "cid", "dee"},
    "physics": {"bob", "dee", "eve"},
    "art": frozenset({"ann", "eve", "fay"}),
}
everyone = set().union(*courses.values())
print(sorted(everyone), len(everyone))
in_all = set.intersection(*map(set, courses.values()))
print(sorted(in_all))
for a in sorted(courses):
    for b in sorted(courses):
        if a < b:
            sa, sb = courses[a], courses[b]
            print(a, b, sorted(sa & sb), sorted(sa - sb), sorted(sa ^ sb), (sa | sb) >= sa, sa.isdisjoint(sb))
counts = {}
for members in courses.values():
    for s in members:
        counts[s] = counts.get(s, 0) + 1
print(sorted(counts.items()), max(counts, key=lambda k: (counts[k], k)))
exactly_one = {s for s, n in counts.items() if n == 1}
print(sorted(exactly_one))
pairs = {frozenset((a, b)) for a in everyone for b in everyone if a != b}
print(len(pairs), frozenset({"ann", "bob"}) in pairs)
power = [set()]
for x in sorted({"a", "b", "c"}):
    power += [s | {x} for s in power]
print(sorted(map(sorted, power)), len(power))
s = set(range(10))
evens = {x for x in s if x % 2 == 0}
print(sorted(s - evens), evens < s, evens <= evens, evens < evens, s > evens, s.issuperset(range(3)))
print(sorted(s.difference(range(3), [9])), sorted(evens.symmetric_difference([0, 11])))
frozen = frozenset(evens)
print(frozen == evens, hash(frozen) == hash(frozenset(sorted(evens))), type(frozen & s).__name__, type(s & frozen).__name__)
print({1, 2} | {2.0, 3}, {True, 1, 1.0}, {0, False, 0.0, ""} == {0, ""})
try:
    print(s < [1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.update(5)
except TypeError as e:
    print(type(e).__name__, e)
print(set("hello") == set("olleh"), sorted(set("mississippi")), len(set()), set() < {1}, bool(frozenset()))
