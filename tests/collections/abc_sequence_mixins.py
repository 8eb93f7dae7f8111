from collections.abc import Sequence, MutableSequence
class Seq(Sequence):
    def __init__(self, data):
        self._data = list(data)
    def __getitem__(self, i):
        return self._data[i]
    def __len__(self):
        return len(self._data)
s = Seq("abcab")
print(list(s), "b" in s, "z" in s, s.index("b"), s.count("a"), list(reversed(s)))
try:
    s.index("z")
except ValueError as e:
    print("ValueError", e)
print(s.index("a", 1), s[1:3])
class MSeq(MutableSequence):
    def __init__(self):
        self._data = []
    def __getitem__(self, i):
        return self._data[i]
    def __setitem__(self, i, v):
        self._data[i] = v
    def __delitem__(self, i):
        del self._data[i]
    def __len__(self):
        return len(self._data)
    def insert(self, i, v):
        self._data.insert(i, v)
m = MSeq()
m.append(1); m.extend([2, 3]); m.insert(0, 0)
print(m._data)
print(m.pop(), m.pop(0), m._data)
m.remove(1)
m += [7, 8]
m.reverse()
print(m._data)
m.clear()
print(m._data, len(m))
