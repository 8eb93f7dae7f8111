# Slice assignment: growing, shrinking, extended slices and errors
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[2:2] = [100, 200, 300]
print(a)
a[:] = a[::-1]
print(a)
a[-2:] = []
print(a)
a[100:] = [7]
print(a)
a[:0] = "ab"
print(a)
b = list(range(10))
b[::2] = "ABCDE"
print(b)
b[1::3] = [None] * 3
print(b)
b[::-1] = range(10)
print(b)
b[5:1:-1] = [-1, -2, -3, -4]
print(b)
c = [1, 2, 3]
c[1:2] = c
print(c)
def t(f):
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
def set_ext():
    d = list(range(6))
    d[::2] = [1, 2]
def set_ext2():
    d = list(range(6))
    d[::-2] = [1, 2, 3, 4]
def set_int():
    d = [1, 2]
    d[0:1] = 5
def set_idx():
    d = [1, 2]
    d[5] = 0
def set_zero():
    d = [1, 2]
    d[::0] = []
def set_ext_empty():
    d = [1, 2, 3]
    d[5:10:2] = []
    print(d)
t(set_ext)
t(set_ext2)
t(set_int)
t(set_idx)
t(set_zero)
t(set_ext_empty)
e = [0, 1, 2, 3]
e[-1] = "last"
e[-4] = "first"
print(e)
