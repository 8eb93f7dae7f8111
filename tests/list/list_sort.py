# sort and sorted: key, reverse, stability, in-place result
a = [5, 2, 9, 1, 5, 6, -3, 0]
print(a.sort(), a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple", "date", "Banana", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(sorted([3.5, 1, 2.25, -1e10, 10**20]), sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, 2), (1,), ()]))
b = [3, 1, 2]
c = sorted(b)
print(b, c, c is not b)
print(sorted([], reverse=True), sorted([1]), sorted(range(10, 0, -3)))
data = [{"n": 3}, {"n": 1}, {"n": 2}]
data.sort(key=lambda d: d["n"])
print(data)
print(sorted([-3, 2, -1, 0], key=abs), sorted(["a", "B", "c"], key=str.upper, reverse=True))
print(sorted(["x10", "x9", "x100"]), sorted(["x10", "x9", "x100"], key=lambda s: int(s[1:])))
