# Error messages and method list for set
print(sorted(m for m in dir(set) if not m.startswith("_")))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: {1}.pop(0))
t(lambda: {1}.clear(0))
t(lambda: {1}.issubset())
t(lambda: {1}.isdisjoint())
t(lambda: {1}.copy(1))
t(lambda: set.add(5, 1))
t(lambda: {1} * 2)
t(lambda: -{1})
s1 = {1}
t(lambda: s1[0])
t(lambda: hash({1}))
t(lambda: {1} < 1)
t(lambda: set.union())
