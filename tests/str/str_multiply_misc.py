# Miscellaneous str behaviour: immutability, identity-free equality, builtin interplay
a = "abc"
b = "".join(["a", "b", "c"])
print(a == b, len(a), a + b, a < b or a == b)
print(sum([len(w) for w in "the quick brown fox".split()]), "the quick brown fox".title().swapcase())
print(list(map(str.upper, ["a", "b"])), sorted(["b", "A", "c"], key=str.lower), "x".join(map(str, range(3))))
print(str.lower("ABC"), str.__len__("abcd"), "abc".__contains__("b"), "abc".__getitem__(1), "ab".__add__("c"))
print("abc".__mul__(2), "abc".__rmul__(2), "a".__lt__("b"), "a".__eq__(1), "%s".__mod__(5))
words = "one two three two one".split()
print(sorted(set(words)), max(words, key=len), min(words), words.count("two"))
print("{:>3}{:>3}".format(*"ab"), "-".join(reversed("abc")), "abc"[::-1] == "cba")
s = "x"
for i in range(3):
    s = s + s
print(s, len(s))
