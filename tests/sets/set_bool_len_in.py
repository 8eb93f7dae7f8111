print(bool(set()), bool({0}), len({1, 2, 2}), 3 in {3}, 4 not in {3})
print(sum({1, 2, 3}), max({4, 9, 2}), sorted({"b", "a"}))
print(list(reversed(sorted({3, 1, 2}))))
try:
    reversed({1})
except TypeError as e:
    print(e)
try:
    {1}[0]
except TypeError as e:
    print(e)
try:
    {1} + {2}
except TypeError as e:
    print(e)
