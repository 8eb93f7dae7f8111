# Iterating over strings: characters, unicode, reversed, enumerate, and membership.
word = "héllo wörld"
print([c for c in word])
print(list(reversed(word)), "".join(reversed(word)))
print([(i, c) for i, c in enumerate("abc")])
print(len(word), len(list(word)))
print(sorted("banana"), sorted(set("banana")))
print(max("hello"), min("hello"), "".join(sorted("hello", reverse=True)))
print(list(zip("abc", "xyz")))
print(dict(zip("abc", range(3))))
print(list(map(ord, "AZaz")), "".join(map(chr, [72, 105])))
print([c for c in "a1b2c3" if c.isdigit()])
print("é" in word, "ö" in word, "x" in word, "llo" in word)
it = iter("ab")
print(next(it), next(it), next(it, "end"))
print(type(iter("ascii")).__name__, type(iter("ünïcode")).__name__)
for ch in "\t\n ":
    print(repr(ch), ch.isspace())
emoji = "a😀b"
print(len(emoji), [c for c in emoji][1] == "😀", list(emoji)[::-1][0])
print("".join(c * 2 for c in "abc"), "-".join("abc"))
a, *rest = "xyz"
print(a, rest)
