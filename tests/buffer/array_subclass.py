# subclasses of array.array
import array


class Arr(array.array):
    def total(self):
        return sum(self)


a = Arr("i", [1, 2, 3])
print(a, repr(a), a.total(), type(a).__name__, isinstance(a, array.array))
print(type(a[:]).__name__, type(a + a).__name__, type(a * 2).__name__)
a.append(4)
print(a.total(), len(a), memoryview(a).tolist())


class Tagged(array.array):
    def __new__(cls, code, items, tag):
        self = super().__new__(cls, code, items)
        self.tag = tag
        return self


t = Tagged("b", [5], "hello")
print(t, t.tag, bytes(t))
print(type(array.array).__name__, array.array.__module__)
