from collections import UserList, UserString, UserDict
from collections.abc import MutableSequence, Sequence
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2])
s.push(3)
print(s, s.data, len(s), s[0], s[1:], type(s[1:]).__name__, 2 in s)
print(s + [4], [0] + s, s * 2, type(s + [4]).__name__, s == [1, 2, 3], s < [1, 3])
s += (5,)
s.extend(UserList([6]))
s.insert(0, 0)
print(s, s.pop(), s.index(3), s.count(1))
s.sort(reverse=True)
print(s, isinstance(s, MutableSequence), isinstance(s, list), s.copy(), type(s.copy()).__name__)
s.reverse(); s.remove(0); del s[0]
print(s)
u = UserString("Hello")
print(u, repr(u), len(u), u[1:3], type(u[0]).__name__, u.upper(), type(u.upper()).__name__)
print(u + "!", "<" + u, u * 2, u == "Hello", u < "World", "ell" in u, u.find("l"), u.count("l"))
print(u.split("l"), u.startswith("He"), u.replace("l", "L", 1), u.center(9, "*"), u.isalpha())
print(UserString("a,b").partition(","), UserString(" x ").strip(), UserString("%s!") % "hi")
print(hash(u) == hash("Hello"), isinstance(u, Sequence), str(u), int(UserString("42")) + 1)
d = UserDict(a=1)
d["b"] = 2
print(d, d.data, len(d), "a" in d, d.get("z", 0), dict(d), d.copy(), type(d.copy()).__name__)
class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2
print(Defaulting()["ab"])
print(d | {"c": 3}, {"z": 0} | d, type(d | {}).__name__, UserDict.fromkeys("xy", 0))
d |= {"q": 9}
print(d)
