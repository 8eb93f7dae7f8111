# del on items, slices and extended slices
a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::3]
print(a)
del a[::-2]
print(a)
del a[100:]
print(a)
del a[:]
print(a)
b = list(range(5))
del b[1], b[1]
print(b)
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def del_out():
    c = [1]
    del c[5]
def del_key():
    c = [1]
    del c["a"]
def del_zero():
    c = [1]
    del c[::0]
t(del_out)
t(del_key)
t(del_zero)
c = [1, 2, 3]
d = c
del c
print(d)
