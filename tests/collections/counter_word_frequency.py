from collections import Counter, defaultdict
text = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away quick quick"""
words = text.split()
freq = Counter(words)
for word, n in freq.most_common(4):
    print(f"{word:>6} {n}")
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for n in sorted(by_len):
    print(n, by_len[n])
letters = Counter(c for c in text if c.isalpha())
print(letters.most_common(3), sum(letters.values()) == letters.total())
print(freq["cat"], "cat" in freq)
