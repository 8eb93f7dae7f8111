# Iterating over strings, enumerate, reversed, zip, sorted, set-free counting
s = "mississippi"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list(enumerate("abc")), list(reversed("abc")), "".join(reversed(s)), sorted(s), list(zip("ab", "xyz")))
it = iter("hi")
print(next(it), next(it), next(it, "end"))
print([c.upper() for c in "héllo" if c != "l"], len("😀😀"), list("a\u0301"))
print(any(c.isdigit() for c in "ab3"), all(c.isalpha() for c in "abc"))
print(s.count("ss"), s.index("ss"), s.rindex("ss"), sum(1 for c in s if c == "s"))
print(list(map(ord, "AZ")), min(s), max(s), "".join(sorted(set(s))))
