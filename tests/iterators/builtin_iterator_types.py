# Type names of the iterators that builtins return.
def name(obj):
    return type(obj).__name__

print(name(iter([])), name(iter(())), name(iter(range(3))), name(iter(range(2 ** 70))))
print(name(iter("abc")), name(iter("é")), name(iter({})), name(iter({}.keys())))
print(name(iter({}.values())), name(iter({}.items())), name(iter(set())), name(iter(frozenset())))
print(name(reversed([])), name(reversed(())), name(reversed(range(2))), name(reversed("ab")))
print(name(reversed({})), name(reversed({}.values())), name(reversed({}.items())))
print(name(enumerate([])), name(zip()), name(map(str, [])), name(filter(None, [])))
print(name(x for x in []), name(iter(lambda: 1, 1)))

class Seq:
    def __getitem__(self, i):
        raise IndexError
print(name(iter(Seq())))
print(name({}.keys()), name({}.values()), name({}.items()), name(range(1)))

for it in (iter([1]), iter("a"), enumerate("a"), zip("a"), map(abs, [1]), reversed([1])):
    print(name(it), iter(it) is it, hasattr(it, "__next__"))
for not_it in ([1], "a", range(1), {}.keys()):
    print(name(not_it), hasattr(not_it, "__next__"), hasattr(not_it, "__iter__"))
