# set() from iterables, comprehensions and errors
print(set([3, 3, 1]), set("hello") == set("ohel"), set(range(4)), set({"a": 1}), set((1, 2)), set())
print({x % 5 for x in range(20)}, {c for c in "mississippi"} == set("misp"), len(set("mississippi")))
print(set(frozenset([1, 2])), set(iter([2, 2])), set(x for x in range(3)), set(dict.fromkeys([5, 6])))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: set(5))
t(lambda: set([[1]]))
t(lambda: set([{}]))
t(lambda: set(1, 2))
t(lambda: set(x=1))
t(lambda: {[]})
s12 = {1, 2}
t(lambda: s12[0])
print(type({}).__name__, type({1}).__name__, type(set()).__name__)
