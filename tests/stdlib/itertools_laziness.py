# itertools consume their inputs lazily and exactly as far as needed
import itertools


def source(name, n):
    for i in range(n):
        print(f"  {name} yields {i}")
        yield i


print("islice")
it = source("s", 10)
print(list(itertools.islice(it, 1, 3)))
print("next after islice:", next(it))
print("takewhile")
print(list(itertools.takewhile(lambda x: x < 2, source("t", 5))))
print("dropwhile")
dw = itertools.dropwhile(lambda x: x < 2, source("d", 4))
print(next(dw))
print("chain")
ch = itertools.chain(source("a", 2), source("b", 2))
print(next(ch), next(ch), next(ch))
print("zip_longest")
print(list(itertools.zip_longest(source("x", 2), source("y", 1))))
print("compress")
print(list(itertools.compress(source("c", 4), [1, 0, 1])))
print("accumulate")
acc = itertools.accumulate(source("acc", 3))
print(next(acc), next(acc))
print("count and map")
squares = map(lambda n: n * n, itertools.count(1))
print([next(squares) for _ in range(5)])
print("tee")
a, b = itertools.tee(source("tee", 3))
print(next(a), next(a), next(b))
print("pairwise")
print(list(itertools.pairwise(source("p", 3))))
print("groupby")
for k, g in itertools.groupby(source("g", 4), key=lambda x: x // 2):
    print(k, list(g))
print("product is eager")
p = itertools.product(source("prod", 2), repeat=1)
print("made")
print(list(p))
print("exhausted stays exhausted")
e = itertools.islice("abc", 2)
print(list(e), list(e))
c = itertools.chain("ab")
print(list(c), list(c), next(c, "done"))
