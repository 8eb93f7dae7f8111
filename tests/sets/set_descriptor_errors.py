for call in (lambda: set.add(frozenset(), 1), lambda: set.add([], 1), lambda: frozenset.union({1}, [2]),
             lambda: set.__len__(5), lambda: set.issubset(frozenset([1]), [1])):
    try:
        print(call())
    except TypeError as e:
        print(e)
print(set.union(frozenset([1]), [2]) if False else "skip")
print(frozenset.union(frozenset([1]), [2]))
