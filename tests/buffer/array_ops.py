# array operators: + * comparisons repr in
import array


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a = array.array("i", [1, 2])
b = array.array("i", [3])
print(a + b, a * 3, 2 * a, a * 0, a * -1, b + b + b)
c = a
c += b
print(c is a, a)
c *= 2
print(c is a, a)
attempt(lambda: a + [1])
attempt(lambda: a + array.array("h", [1]))
attempt(lambda: a.__iadd__([1]))
attempt(lambda: a * "x")
attempt(lambda: a * 1.5)
print(a == array.array("i", [1, 2, 3, 1, 2, 3]), a != a, a == array.array("h", [1, 2, 3, 1, 2, 3]))
print(array.array("i", [1, 2]) < array.array("i", [1, 3]), array.array("i", [1, 2]) < array.array("i", [1, 2, 0]))
print(array.array("d", [1.0]) == array.array("i", [1]), array.array("b", [2]) >= array.array("B", [2]))
print(array.array("i") == array.array("i"), array.array("i", [1]) > array.array("i"))
print(a == [1, 2, 3, 1, 2, 3], a != (1,), a == b"x")
attempt(lambda: a < [1])
attempt(lambda: a <= "x")
print(3 in a, 9 in a, "x" in a)
print(repr(array.array("b")), repr(array.array("f", [0.1, 1e300])), repr(array.array("u", "q'x")))
print(str(array.array("L", [2**32])), array.array("Q", [2**64 - 1]), array.array("q", [-2**63]))
attempt(lambda: hash(a))
print(bool(array.array("i")), bool(a), len(a))
print(list(a), list(reversed(a)), sorted(array.array("i", [3, 1, 2])), sum(a), max(a))
