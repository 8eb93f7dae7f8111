# 'u' arrays
import array


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


u = array.array("u", "héllo")
print(u, len(u), u[1], u[-1], u[1:3], u.tounicode(), u.itemsize)
u[0] = "H"
u.append("!")
u.extend("??")
u.insert(0, ">")
print(u, u.index("l"), u.count("l"), "é" in u)
attempt(lambda: u.append("ab"))
attempt(lambda: u.append(1))
attempt(lambda: u.__setitem__(0, ""))
print(array.array("u"), repr(array.array("u", "'\"")))
print(array.array("u", "ab") + array.array("u", "c"), array.array("u", "ab") * 2)
print(array.array("u", "ab") == array.array("u", "ab"), array.array("u", "ab") < array.array("u", "b"))
print(list(array.array("u", "xyz")), array.array("u", iter("it")))
