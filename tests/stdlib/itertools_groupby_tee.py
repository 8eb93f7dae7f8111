# groupby over sorted records, and tee'd iterators
from itertools import groupby, tee, islice
from operator import itemgetter

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3])])
print(list(groupby([])))

sales = [("east", "jan", 10), ("west", "jan", 7), ("east", "feb", 4),
         ("west", "feb", 9), ("north", "jan", 1)]
for region, rows in groupby(sorted(sales, key=itemgetter(0)), key=itemgetter(0)):
    rows = list(rows)
    print(region, sum(r[2] for r in rows), [r[1] for r in rows])

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))

# a group is invalid once the groupby has moved on
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
saved = [(k, g) for k, g in groupby("xxyz")]
print([(k, list(g)) for k, g in saved])

# partially consumed group
gb = groupby([1, 1, 1, 2, 2])
k, g = next(gb)
print(k, next(g))
k, g = next(gb)
print(k, list(g))
print(type(g).__name__, type(gb).__name__)

even_odd = groupby(range(10), key=lambda n: n % 2 == 0)
print([(k, list(g)) for k, g in even_odd])

a, b = tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a))
x, y, z = tee(iter("abc"), 3)
print(list(x), list(y), list(z))
print(tee([1], 0), len(tee("ab", 5)))


def noisy():
    for i in range(3):
        print("produce", i)
        yield i


p, q = tee(noisy())
print(next(p))
print(next(q))
print(list(p), list(q))
it1, it2 = tee(range(5))
it3, = tee(it1, 1)
print(list(islice(it2, 2)), list(it3))
print(type(it2).__name__)
nums = iter(range(6))
lead, lag = tee(nums)
next(lead)
print(list(zip(lag, lead)))

for bad in [lambda: groupby(1),
            lambda: tee([1], -1),
            lambda: tee(1),
            lambda: tee([1], "a")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    list(groupby([1, "a", 2], key=lambda x: x < 2))
except TypeError as e:
    print("TypeError", e)
