# Sort stability with many equal keys and multi-pass sorting
records = [(i % 5, i % 3, i) for i in range(30)]
by_first = sorted(records, key=lambda r: r[0])
print([r[2] for r in by_first])
two_pass = sorted(sorted(records, key=lambda r: r[1]), key=lambda r: r[0])
print([r[2] for r in two_pass] == [r[2] for r in sorted(records, key=lambda r: (r[0], r[1]))])
rev = sorted(records, key=lambda r: r[0], reverse=True)
print([r[2] for r in rev])
words = ["bb", "a", "ccc", "dd", "e", "fff", "g"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
data = [3, 1, 2] * 5
idx = sorted(range(len(data)), key=lambda i: data[i])
print(idx)
big = [(i * 7) % 11 for i in range(200)]
s = sorted(range(200), key=lambda i: big[i])
print(s[:15], all(big[s[i]] <= big[s[i + 1]] for i in range(199)))
