from array import array

temps = array("d", [21.5, 22.0, 19.75])
temps.append(23.25)
temps.extend([18.0, 20.5])
print(temps, len(temps), temps.typecode, temps.itemsize)
print(max(temps), min(temps), round(sum(temps) / len(temps), 3))
print(temps[1:3], temps[::-1], temps.index(19.75), temps.count(18.0))
raw = temps.tobytes()
print(len(raw))
copy = array("d")
copy.frombytes(raw)
print(copy == temps, copy is temps)
ids = array("H", range(5))
ids.byteswap()
print(ids.tolist())
ids.byteswap()
ids.insert(0, 99)
ids.remove(3)
print(ids, ids.pop(), ids.pop(0), ids)
try:
    ids.append(-1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    ids.append(70000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    array("q", [1]).append(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    array("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ids.index(1234)
except ValueError as e:
    print(type(e).__name__, e)
chars = array("u", "hello")
print(chars, chars.tounicode())
b = array("b", b"\x01\xff")
print(b, array("B", b"\x01\xff"))
print(array("i", [3, 1, 2]) + array("i", [9]), array("i", [1]) * 3)
try:
    array("i", [1]) + array("d", [1.0])
except TypeError as e:
    print(type(e).__name__, e)
a = array("l", [5, 6, 7])
a[1:2] = array("l", [60, 61])
del a[0]
print(a, list(a), sorted(a, reverse=True), 61 in a)
print(array("f", [0.1])[0], array("d", [0.1])[0])
print(bytes(array("h", [1, -1])), array("I", [1]).buffer_info()[1])
