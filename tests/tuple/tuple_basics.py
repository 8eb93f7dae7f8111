# Tuple construction, repr (incl. single element), len, indexing, immutability
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"a": 1}))
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[0], t[-1], t[1:], t[::-1])
print(((1,),), ((),), (None,), ("a",), ([],), (1, (2, (3, (4,)))))
nested = ([1], 2)
nested[0].append(3)
print(nested)
def t_(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def assign():
    t[0] = 5
def delete():
    del t[0]
def attr():
    t.append(4)
def index():
    return t[3]
t_(assign)
t_(delete)
t_(attr)
t_(index)
t_(lambda: t["a"])
t_(lambda: tuple(5))
t_(lambda: tuple(1, 2))
t2 = t
t2 += (4,)
print(t, t2)
print(tuple(t) is t, t[:] is t, t[0:3] == t)
