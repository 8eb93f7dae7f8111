from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

punct = ",.;:!?\"'"
words = [w.strip(punct).lower() for w in TEXT.split()]
words = [w for w in words if w]
print(len(words), len(set(words)))
freq = Counter(words)
for word, n in freq.most_common(6):
    print(f"{word:>8} {'#' * n} {n}")
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[6:10])
lengths = Counter(len(w) for w in words)
for length in sorted(lengths):
    print(f"len {length:2}: {lengths[length]:3}")
longest = max(words, key=len)
print("longest:", longest, len(longest))
print("capitalised:", [w for w in TEXT.replace(",", " ").split() if w[0].isupper()])
lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:02d} {len(line):3d} {line[:20]!r:24} {line.count('it was')}")
print(TEXT.title()[:40])
print(TEXT.upper().count("OF"), TEXT.find("wisdom"), TEXT.rfind("it was"), TEXT.index("Light"))
sentence = " ".join(words[:12])
print(sentence.capitalize())
print(sentence.replace("it was", "'twas", 2))
print("-".join(reversed(sentence.split())))
print(sentence.partition("best"), sentence.rpartition("of"))
vowels = sum(sentence.count(v) for v in "aeiou")
print(f"vowels={vowels} ratio={vowels / len(sentence):.3f}")
acronym = "".join(w[0] for w in sentence.split()).upper()
print(acronym, acronym.swapcase(), acronym.center(20, "*"), acronym.zfill(16))
print("  padded  ".strip(), "xxhixx".strip("x"), "a,b,,c".split(","), "a b  c".split(" "))
print("wisdom".startswith(("wis", "foo")), "despair.".endswith("."), "abc".isalpha(), "12".isdigit())
table = str.maketrans("aeiou", "AEIOU", "t")
print(sentence.translate(table))
print(sorted(set("".join(words)) - set("aeiou")))
print(" ".join(w[::-1] for w in sentence.split()))
print(list(map(str.lower, ["A", "B"])), "%s has %d words (%.1f%%)" % ("text", len(words), 100 * len(set(words)) / len(words)))
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
print("{:-^30}".format(" end "), "{0}/{1}/{0}".format("a", "b"), "{name:>6}".format(name="x"))
