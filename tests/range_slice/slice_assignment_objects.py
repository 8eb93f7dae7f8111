# Using slice objects for item access, assignment and deletion
a = list(range(10))
sl = slice(2, 8, 2)
print(a[sl])
a[sl] = ["x", "y", "z"]
print(a)
del a[slice(None, None, 3)]
print(a)
a[slice(0, 2)] = []
print(a)
b = list("abcdef")
b[slice(None, None, -2)] = "123"
print(b)
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:2], r[::], r[1:2:3], r[:, 1], r[..., 1:], r[1:2, ::3])
print(type(r[1:]).__name__, r[5], r["k"], r[1, 2])
