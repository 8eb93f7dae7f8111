# Iterators are single-pass and shared; iterables give a fresh iterator each time.
nums = [1, 2, 3, 4]
it = iter(nums)
print(next(it), list(it), list(it))

it = iter(nums)
print(list(zip(it, it)))

it = iter(range(6))
for x in it:
    print("consumed", x, "and skipped", next(it, None))

it = iter("abcdef")
first_two = [next(it), next(it)]
rest = "".join(it)
print(first_two, rest)

it = iter([1, 2, 3])
print(2 in it, list(it))

m = map(str, [1, 2])
print(list(m), list(m))
g = (x for x in "ab")
print(tuple(g), tuple(g))

lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.append(4)
print(list(it))
lst = [1, 2, 3]
for i, v in enumerate(lst):
    if i == 0:
        lst.pop(0)
    print("mutating while iterating:", i, v)
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1}
try:
    for v in s:
        s.add(2)
except RuntimeError as e:
    print(type(e).__name__, e)
