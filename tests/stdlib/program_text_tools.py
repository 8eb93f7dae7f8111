# text processing helpers built from string, itertools and functools
import string
import itertools
import functools
from operator import itemgetter, methodcaller

text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""

words = text.lower().translate(str.maketrans("", "", string.punctuation)).split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=itemgetter(1, 0), reverse=True)[:5])
print(string.capwords("the age of wisdom"))
print(list(map(methodcaller("title"), ["best of", "worst OF"])))

template = string.Template("$word appears $n time${s}")
for word, n in sorted(counts.items())[:4]:
    print(template.substitute(word=word, n=n, s="" if n == 1 else "s"))

bigrams = list(itertools.pairwise(words))
print(bigrams[:3], len(set(bigrams)))
print(["".join(g) for _, g in itertools.groupby("aaabccdddd")])
print([f"{k}{len(list(g))}" for k, g in itertools.groupby("aaabccdddd")])


@functools.cache
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]),
                   edit_distance(a[1:], b[1:]))


print(edit_distance("kitten", "sitting"), edit_distance("flaw", "lawn"))
print(edit_distance.cache_info().currsize > 0)

wrapped = [" ".join(chunk) for chunk in
           (words[i:i + 6] for i in range(0, len(words), 6))]
print("\n".join(wrapped))
fmt = string.Formatter()
print(fmt.format("{0:*^20}", " report "))
print(fmt.format("{n:>4} | {w}", n=3, w="times"))
vowels = set("aeiou")
print(sum(1 for c in text if c in vowels), "".join(itertools.compress(
    string.ascii_lowercase, (c in vowels for c in string.ascii_lowercase))))
print(list(itertools.zip_longest("abc", "12", fillvalue="?")))
print(["".join(p) for p in itertools.permutations("abc", 2)])
print(list(itertools.chain.from_iterable(w[:2] for w in ["hello", "world"])))
