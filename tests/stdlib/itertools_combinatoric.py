# product, permutations, combinations, combinations_with_replacement
from itertools import (product, permutations, combinations,
                       combinations_with_replacement)

print(list(product("AB", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product("ab", [1], repeat=2)))
print(list(product()), list(product([])), list(product("a", [])), list(product(repeat=0)))
print(len(list(product(range(3), range(4), range(5)))))
print(["".join(p) for p in product("01", repeat=2)])

print(list(permutations("ABC")))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 0)), list(permutations([1, 2], 3)), list(permutations([])))
print(len(list(permutations(range(6)))))
print(sorted(set("".join(p) for p in permutations("aab"))))

print(list(combinations("ABCD", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations([1, 2], 0)), list(combinations([1, 2], 3)), list(combinations([], 0)))
print(sum(1 for _ in combinations(range(10), 4)))
print([c for c in combinations([1, 5, 7, 3, 8], 3) if sum(c) == 15])

print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement("a", 0)))

# inputs are consumed eagerly, results are fresh tuples
src = iter([1, 2, 3])
c = combinations(src, 2)
print(list(src), list(c))
p = product([1, 2], repeat=2)
first = next(p)
print(first, next(p), type(first).__name__)

for bad in [lambda: product(1),
            lambda: product([1], repeat=-1),
            lambda: product([1], times=2),
            lambda: permutations([1], -1),
            lambda: permutations([1], "a"),
            lambda: permutations(5),
            lambda: combinations([1]),
            lambda: combinations([1], -1),
            lambda: combinations_with_replacement([1], -2),
            lambda: combinations_with_replacement([1]),
            lambda: combinations(None, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(type(product()).__name__, type(permutations("")), type(combinations("", 1)))
