# __getitem__/__setitem__/__delitem__ receive slice objects for slice syntax.
class Recorder:
    def __getitem__(self, key):
        print("get", repr(key), type(key).__name__)
        if isinstance(key, slice):
            return (key.start, key.stop, key.step)
        return key
    def __setitem__(self, key, value):
        print("set", repr(key), value)
    def __delitem__(self, key):
        print("del", repr(key))

r = Recorder()
r[1]
r[1:2]
r[:]
r[::3]
r[1:]
r[:-1]
r["a":"b":"c"]
r[1, 2]
r[1:2, 3]
r[...]
r[:, None]
r[1:2] = "value"
del r[::2]
del r[0]
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s)
print(s.indices(5), slice(None).indices(3), slice(-3, None).indices(10))
print(slice(5) == slice(None, 5, None), slice(1, 2) == slice(1, 2))
lst = list(range(10))
print(lst[s], lst[slice(None, None, -3)])
lst[1:3] = "xy"
print(lst)
lst[::4] = [0, 0, 0]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
