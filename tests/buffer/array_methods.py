# array methods: append extend insert pop remove index count reverse
import array


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a = array.array("h", [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(array.array("h", [7]))
a.extend(x for x in (8, 9))
a.insert(0, 0)
a.insert(-1, 88)
a.insert(100, 99)
a.insert(-100, -1)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(8)
print(a, a.index(3), a.count(3), a.count(100))
a.append(3)
print(a.index(3), a.index(3, 4), a.index(3, -2), a.count(3))
attempt(lambda: a.index(3, 4, 5))
attempt(lambda: a.index(100))
attempt(lambda: a.remove(100))
attempt(lambda: a.pop(100))
attempt(lambda: array.array("h").pop())
attempt(lambda: a.append("x"))
attempt(lambda: a.append(40000))
attempt(lambda: a.append())
attempt(lambda: a.append(1, 2))
attempt(lambda: a.extend(array.array("i", [1])))
attempt(lambda: a.extend(5))
attempt(lambda: a.extend([1, "bad", 2]))
print(a)
attempt(lambda: a.insert("x", 1))
attempt(lambda: a.insert(0))
a.reverse()
print(a, len(a))
print(a.index(1.0), 2.0 in a, 2.5 in a, a.count(True))
e = array.array("d")
e.reverse()
print(e)
print(array.array.append.__name__, a.__copy__(), a.__deepcopy__({}) == a)
