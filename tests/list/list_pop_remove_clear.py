# pop, remove, clear and their errors
a = list(range(10))
print(a.pop(), a.pop(0), a.pop(-1), a.pop(3), a)
a.remove(5)
print(a)
b = [1, 2, 1, 2, 1]
b.remove(1)
print(b)
b.remove(2.0)
print(b)
b.clear()
print(b, len(b))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [].pop())
t(lambda: [1].pop(1))
t(lambda: [1].pop(-2))
t(lambda: [1, 2].pop("0"))
t(lambda: [1].remove(2))
t(lambda: [].remove(None))
t(lambda: [1].remove())
t(lambda: [1].clear(1))
t(lambda: [1, 2, 3].pop(10**20))
c = [[1], [2]]
c.remove([2])
print(c)
nan = float("nan")
d = [nan, 1]
d.remove(nan)
print(d)
