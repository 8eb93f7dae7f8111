import itertools as it
for t in [lambda: it.count(1,2,3), lambda: it.permutations(1,2,3), lambda: it.compress(1,2,3), lambda: it.groupby(1,2,3), lambda: it.accumulate([1], max, 3), lambda: it.combinations([1], 1, 2), lambda: it.combinations([1], 1, r=2), lambda: it.combinations(r=1), lambda: it.groupby(), lambda: it.accumulate(), lambda: it.accumulate([1], foo=1), lambda: it.compress(data=[1], selectors=[1]), lambda: it.permutations(iterable=[1], r=1), lambda: it.tee(), lambda: it.tee([1], 2, 3), lambda: it.chain.from_iterable(1, 2), lambda: it.combinations_with_replacement(), lambda: it.count(start=1, step=2, x=1), lambda: it.groupby(iterable=[1], key=None), lambda: it.accumulate(iterable=[1], func=None, initial=2)]:
    try:
        r = t(); print(type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
