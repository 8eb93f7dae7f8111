def bubble(xs):
    xs = list(xs)
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs


def quick(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quick([x for x in rest if x < pivot]) + [pivot] + quick([x for x in rest if x >= pivot])


data = [5, 3, 8, 1, 9, 2, 7]
print(bubble(data), quick(data), sorted(data, reverse=True), data)
lst = [1, 2, 3]
lst.append(4); lst.insert(0, 0); lst.extend([5, 6]); lst.remove(3)
print(lst, lst.pop(), lst.pop(0), lst.index(4), lst.count(2), lst)
lst[1:3] = ["a", "b", "c"]
print(lst, lst[::2], lst[-2:], lst[::-1])
del lst[0]
del lst[::2]
print(lst)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [x for row in matrix for x in row], [[0] * 2] * 2)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
a = [3, 1, 2]
a.sort()
b = a
b.append(9)
c = a.copy()
c.append(10)
print(a, b is a, c, a == [1, 2, 3, 9], a < [1, 3], [1, 2] * 2, [] or "empty")
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), min(words, key=len))
try:
    lst.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [][0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = [1, 2, 3]
    x[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    x[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
first, *middle, last = range(6)
print(first, middle, last)
(p, q), r = (1, 2), 3
print(p, q, r)
try:
    a1, b1 = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a1, b1, c1 = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
t = (1, 2, [3])
t[2].append(4)
print(t, t.count(1), t.index(2), (1,) + (2,), tuple("ab"), (1, 2) < (1, 3), hash((1, 2)) == hash((1, 2)))
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(list, [(1, 2)])), [*range(3), *"ab"], [i * j for i in range(1, 4) for j in range(i)])
print(sorted([(2, "b"), (1, "z"), (2, "a")]), list(reversed(sorted({3, 1, 2}))))
