# Index errors and type errors when indexing lists
a = [10, 20, 30]
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: a[3])
t(lambda: a[-4])
t(lambda: a[10**20])
t(lambda: a["0"])
t(lambda: a[1.0])
t(lambda: a[None])
t(lambda: a[[0]])
t(lambda: a[(0, 1)])
t(lambda: [][0])
def assign():
    a[3] = 1
def assign_neg():
    a[-4] = 1
def assign_key():
    a["x"] = 1
t(assign)
t(assign_neg)
t(assign_key)
print(a[-1], a[-3], a[0], a[True])
