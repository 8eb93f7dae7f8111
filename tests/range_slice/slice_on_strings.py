# Slicing strings: all step signs, reversed words, palindromes, unicode
s = "Hello, World"
print(s[::-1], s[::2], s[1::2], s[-5:], s[:-5], s[7:12], s[-1:-6:-1], s[3:3], s[12:], s[-100:100])
words = "the quick brown fox".split()
print(" ".join(w[::-1] for w in words), " ".join(words[::-1]), [w[0] + w[-1] for w in words])
for w in ["racecar", "level", "python", "", "a", "ab"]:
    print(repr(w), w == w[::-1])
u = "αβγδε😀"
print(u[1:4], u[::-2], u[-1], u[5:], len(u[::3]))
print("abcdef"[slice(1, None, 2)], "abcdef"[slice(None, None, -3)], "abcdef"[::-1][::2])
